import type { FastifyReply } from 'fastify';
import { HttpProblem } from '../shared/http/problem.js';
import type { StaticFile } from './static-files.js';

/**
 * The pages hold no data (they sign in with a token and ask the API), so they are public. They forbid
 * everything but their own origin, because the token kept in sessionStorage must not leak to a script
 * from elsewhere.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function pageHeaders(reply: FastifyReply): FastifyReply {
  return reply.header('content-security-policy', CSP).header('x-frame-options', 'DENY').header('referrer-policy', 'no-referrer');
}

/**
 * Assets are not versioned in their names: `no-cache` with an ETag lets the browser keep them and
 * revalidate cheaply (304), and a new release is picked up at once.
 */
export function sendStatic(reply: FastifyReply, file: StaticFile | null, ifNoneMatch: string | undefined) {
  if (!file) throw new HttpProblem(404, 'ASSET_NOT_FOUND', 'no such page asset');
  reply.header('cache-control', 'no-cache').header('etag', file.etag).header('x-content-type-options', 'nosniff');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim() === file.etag)) return reply.code(304).send();
  return reply.type(file.contentType).send(file.body);
}
