import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import type { EventMetadata } from '../event-store/event-store.port.js';
import { RequestValidationError } from '../http/problem.js';

/** What the application layer knows of a write beyond its body: who, which request, which revision. */
export interface CommandContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly causationId: string;
  /** From If-Match: the stream revision the client last saw. */
  readonly expectedRevision: number | null;
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
  return {
    principal: request.principal,
    correlationId: typeof correlation === 'string' && correlation ? correlation.slice(0, 200) : request.id,
    causationId: request.id,
    expectedRevision: parseIfMatch(request.headers['if-match']),
  };
});

function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new RequestValidationError([{ path: 'If-Match', message: 'If-Match must be an ETag this service gave, like "3"' }]);
  return Number(match[1]);
}
