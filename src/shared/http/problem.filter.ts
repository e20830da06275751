import { ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StaleRevision } from '../application/command-context.js';
import { DomainError } from '../domain/domain-error.js';
import { IdempotencyViolation, WrongExpectedRevision } from '../event-store/errors.js';
import { bytesInWords } from './body-limit.js';
import { HttpProblem, type Problem, PROBLEM_CONTENT_TYPE, RequestValidationError } from './problem.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
const DOMAIN_STATUS = { rule: 409, 'not-found': 404, invalid: 400 } as const;

/** The one place where errors become HTTP answers. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = withBodyLimitNamed(this.toProblem(error), host.switchToHttp().getRequest<FastifyRequest>());
    if (problem.status >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof RequestValidationError) return problem(400, error.code, error.message, error.errors);
    if (error instanceof DomainError) {
      const errors = error.field ? [{ path: error.field, message: error.message }] : undefined;
      return problem(DOMAIN_STATUS[error.kind], error.code, error.message, errors);
    }
    if (error instanceof StaleRevision) return problem(412, 'STALE_REVISION', error.message);
    if (error instanceof HttpProblem) return problem(error.status, error.code, error.message);
    if (error instanceof WrongExpectedRevision) return problem(409, 'CONCURRENT_CHANGE', 'the resource changed concurrently; retry');
    if (error instanceof IdempotencyViolation) return problem(422, 'IDEMPOTENCY_VIOLATION', error.message);
    if (error instanceof HttpException) {
      const status = error.getStatus();
      // Fastify's own 400s are about the body (empty, not JSON, a poisoned key): name it as a field.
      const errors = status === 400 ? [{ path: 'body', message: error.message }] : undefined;
      return problem(status, httpCode(status, error), error.message, errors);
    }
    return problem(500, 'INTERNAL_ERROR', 'an unexpected error occurred; nothing was changed');
  }
}

/** Fastify says only "too large": the client needs the limit of the route it called to split its body. */
function withBodyLimitNamed(found: Problem, request: FastifyRequest | undefined): Problem {
  const limit = request?.routeOptions?.bodyLimit;
  if (found.status !== 413 || typeof limit !== 'number') return found;
  return { ...found, detail: `the body is larger than the ${bytesInWords(limit)} this route accepts` };
}

function httpCode(status: number, error: HttpException): string {
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 400) return 'MALFORMED_REQUEST';
  return (TITLES[status] ?? error.name).toUpperCase().replace(/\s+/g, '_');
}

export function problem(status: number, code: string, detail: string, errors?: Problem['errors']): Problem {
  return { type: `about:blank`, title: TITLES[status] ?? 'Error', status, code, detail, ...(errors ? { errors } : {}) };
}
