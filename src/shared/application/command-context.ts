import type { Principal } from '../auth/principal.js';
import type { EventMetadata } from '../event-store/event-store.port.js';

/**
 * What the application layer knows of a write beyond its body: who, which request, which revision.
 * Plain data: the HTTP edge (shared/http/write-context.ts) reads it from the headers, the demo seeder
 * builds it itself.
 */
export interface CommandContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly causationId: string;
  /** The stream revision the client last saw; the write is refused when the stream has moved on since. */
  readonly expectedRevision: number | null;
  /**
   * Caller, idempotency key and request hash: the events' ids are derived from it, so a retry after a
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

/** A conditional write whose stream moved on since the client read it. */
export class StaleRevision extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number | null,
  ) {
    super(`If-Match expected revision ${expected}, the resource is at revision ${actual ?? 'none'}`);
    this.name = 'StaleRevision';
  }
}
