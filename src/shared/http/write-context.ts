import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '../application/command-context.js';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { hashRequest, idempotencyKeyOf, idempotencyScope } from './idempotency-scope.js';
import { RequestValidationError } from './problem.js';

/**
 * A client's correlation id goes into every event's metadata for good, so only a short token is kept;
 * anything else (a sentence, a line break, a megabyte) is replaced by the request's own id.
 */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The edge of a write: If-Match, Idempotency-Key and X-Correlation-Id become a plain CommandContext. */
export const WriteContext = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return commandContextOf(request);
});

export function commandContextOf(request: AuthenticatedRequest): CommandContext {
  const key = idempotencyKeyOf(request);
  return {
    principal: request.principal,
    correlationId: correlationIdOf(request.headers['x-correlation-id'], request.id),
    causationId: request.id,
    expectedRevision: parseIfMatch(request.headers['if-match']),
    ...(key && request.principal
      ? { idempotencyKey: `${idempotencyScope(request.principal)}\u0000${key}\u0000${hashRequest(request)}` }
      : {}),
  };
}

export function correlationIdOf(header: string | string[] | undefined, requestId: string): string {
  return typeof header === 'string' && CORRELATION_ID.test(header) ? header : requestId;
}

function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new RequestValidationError([{ path: 'If-Match', message: 'If-Match must be an ETag this service gave, like "3"' }]);
  return Number(match[1]);
}
