import { createHash } from 'node:crypto';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';

/**
 * Keys belong to one caller: the same `sub` under another role or organisation is another caller, so
 * a replay can never hand one mandate holder another holder's answer.
 */
export const idempotencyScope = (principal: Principal) => `${principal.role}:${principal.org ?? '-'}:${principal.sub}`;

/** What makes two requests "the same": method, URL, content type, precondition and body. */
export function hashRequest(request: AuthenticatedRequest): string {
  const body =
    typeof request.body === 'string' || Buffer.isBuffer(request.body) ? request.body.toString() : JSON.stringify(request.body ?? null);
  const head = [request.method, request.url, request.headers['content-type'] ?? '', request.headers['if-match'] ?? ''].join('\n');
  return createHash('sha256').update(`${head}\n${body}`).digest('hex');
}

/** The header's key, checked; undefined when the request has none. */
export function idempotencyKeyOf(request: AuthenticatedRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) return '';
  return key;
}
