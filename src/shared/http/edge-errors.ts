import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { problem } from './problem.filter.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

/**
 * Refusals Fastify and Node make before any Nest code runs (a malformed URL, an over-long route
 * parameter, a header block too large): the same problem+json with a stable code as every other error.
 */
const ROUTER_CODES: Readonly<Record<string, { status: number; code: string; detail: string }>> = {
  FST_ERR_BAD_URL: { status: 400, code: 'BAD_URL', detail: 'the URL is not valid (a bad percent-encoding?)' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'URI_TOO_LONG', detail: 'a path segment of the URL is too long' },
};

export function routerProblem(error: Error & { code?: string; statusCode?: number }, _request: FastifyRequest, reply: FastifyReply): void {
  const known = ROUTER_CODES[error.code ?? ''];
  const answer = known
    ? problem(known.status, known.code, known.detail)
    : problem(error.statusCode ?? 400, 'MALFORMED_REQUEST', 'the request could not be routed');
  void reply.status(answer.status).header('content-type', PROBLEM_CONTENT_TYPE).send(answer);
}

/** The HTTP parser's refusals arrive on the socket, before a request exists: answered raw, then closed. */
export function clientErrorProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem(431, 'HEADERS_TOO_LARGE', 'the request headers are larger than the server accepts')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problem(408, 'REQUEST_TIMEOUT', 'the request did not arrive in time')
        : problem(400, 'MALFORMED_REQUEST', 'the request is not valid HTTP');
  const body = JSON.stringify(answer);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${answer.status} ${answer.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}
