import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import type { EventMetadata } from '../event-store/event-store.port.js';
import { hashRequest, idempotencyKeyOf, idempotencyScope } from '../http/idempotency-scope.js';
import { RequestValidationError } from '../http/problem.js';

/** What the application layer knows of a write beyond its body: who, which request, which revision. */
export interface CommandContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly causationId: string;
  /** From If-Match: the stream revision the client last saw. */
  readonly expectedRevision: number | null;
  /**
   * Caller, Idempotency-Key and request hash: the events' ids are derived from it, so a retry after a
   * crash between the append and the stored answer is recognised by the store and appends nothing.
   */
  readonly idempotencyKey?: string;
}

export const metadataOf = (context: CommandContext): EventMetadata => ({
  actor: context.principal.sub,
  role: context.principal.role,
  correlationId: context.correlationId,
  causationId: context.causationId,
});

export const WriteContext = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  const correlation = request.headers['x-correlation-id'];
  const key = idempotencyKeyOf(request);
  return {
    principal: request.principal,
    correlationId: typeof correlation === 'string' && correlation ? correlation.slice(0, 200) : request.id,
    causationId: request.id,
    expectedRevision: parseIfMatch(request.headers['if-match']),
    ...(key && request.principal
      ? { idempotencyKey: `${idempotencyScope(request.principal)}\u0000${key}\u0000${hashRequest(request)}` }
      : {}),
  };
});

function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new RequestValidationError([{ path: 'If-Match', message: 'If-Match must be an ETag this service gave, like "3"' }]);
  return Number(match[1]);
}
