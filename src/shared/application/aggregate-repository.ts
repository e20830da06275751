import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Aggregate, DomainEvent } from '../domain/decider.js';
import { WrongExpectedRevision } from '../event-store/errors.js';
import { EVENT_STORE, type EventStore, type Position } from '../event-store/event-store.port.js';
import { type CommandContext, metadataOf, StaleRevision } from './command-context.js';

export interface WriteResult<E> {
  readonly events: readonly E[];
  /** Stream revision after the write (the ETag). */
  readonly revision: number;
  readonly position: Position | null;
}

const RETRIES = 3;

/** Read stream, fold, decide, append with the expected revision; retry a lost race unless the client pinned a revision. */
@Injectable()
export class AggregateRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<C, S, E extends DomainEvent>(stream: string, { decider }: Aggregate<C, S, E>): Promise<{ state: S; revision: number | null }> {
    // The cast holds because the store hands events back upcast to their current shape (UpcastingEventStore).
    const stored = await this.store.readStream(stream);
    const state = stored.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as unknown as E), decider.initialState);
    return { state, revision: stored.length > 0 ? stored[stored.length - 1].revision : null };
  }

  async execute<C, S, E extends DomainEvent>(
    stream: string,
    aggregate: Aggregate<C, S, E>,
    command: C,
    context: CommandContext,
  ): Promise<WriteResult<E>> {
    for (let attempt = 1; ; attempt += 1) {
      const { state, revision } = await this.load(stream, aggregate);
      if (context.expectedRevision !== null && context.expectedRevision !== revision) {
        throw new StaleRevision(context.expectedRevision, revision);
      }
      const events = aggregate.decider.decide(command, state);
      if (events.length === 0) return { events, revision: revision ?? -1, position: null };
      try {
        const metadata = metadataOf(context);
        const appended = await this.store.append(
          stream,
          events.map((e, i) => ({
            id: eventId(context, i),
            type: e.type,
            schemaVersion: aggregate.schemaVersions[e.type as E['type']],
            data: e.data as Record<string, unknown>,
            metadata,
          })),
          { expectedRevision: revision ?? 'no-stream' },
        );
        return { events, revision: appended.revision, position: appended.position };
      } catch (error) {
        const raced = error instanceof WrongExpectedRevision;
        if (raced && context.expectedRevision !== null) throw new StaleRevision(context.expectedRevision, error.actual);
        if (!raced || attempt >= RETRIES) throw error;
      }
    }
  }
}

/** A keyed request's events get ids derived from the key, so the store can recognise its retry. */
function eventId(context: CommandContext, index: number): string {
  if (!context.idempotencyKey) return randomUUID();
  const hex = createHash('sha256').update(`${context.idempotencyKey}\u0000${index}`).digest('hex');
  // Laid out as a version-4-shaped uuid: the ids stay uniform in the log whatever made them.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
