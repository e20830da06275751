import { Inject, Injectable } from '@nestjs/common';
import type { Aggregate, DomainEvent } from '../domain/decider.js';
import { WrongExpectedRevision } from '../event-store/errors.js';
import { EVENT_STORE, type EventStore, type Position } from '../event-store/event-store.port.js';
import { mintId } from './minted-ids.js';
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
            // A keyed request's events get ids derived from the key, so the store recognises its retry.
            id: mintId(context, String(i)),
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
