import { Inject, Injectable } from '@nestjs/common';
import type { Aggregate, DomainEvent } from '../domain/decider.js';
import { WrongExpectedRevision } from '../event-store/errors.js';
import { type AppendResult, EVENT_STORE, type EventStore, type Position, type StoredEvent } from '../event-store/event-store.port.js';
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
  private readonly turns = new Map<string, Promise<void>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Commands on one stream in this process decide one after the other, each on the stream its
   * predecessor left: otherwise all those that resumed together would read one revision and all but
   * one lose the race. The turn passes on once the append is issued, not committed: the embedded
   * store runs it at once in the open group commit, where the next decision reads it, so a busy
   * stream still shares one durable commit per group.
   */
  private async turnOn(stream: string): Promise<() => void> {
    const previous = this.turns.get(stream) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.turns.set(stream, tail);
    await previous;
    return () => {
      release();
      if (this.turns.get(stream) === tail) this.turns.delete(stream);
    };
  }

  async load<C, S, E extends DomainEvent>(stream: string, aggregate: Aggregate<C, S, E>): Promise<{ state: S; revision: number | null }> {
    return this.fold(await this.store.readStream(stream), aggregate);
  }

  private fold<C, S, E extends DomainEvent>(stored: readonly StoredEvent[], { decider }: Aggregate<C, S, E>) {
    // The cast holds because the store hands events back upcast to their current shape (UpcastingEventStore).
    const state = stored.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as unknown as E), decider.initialState);
    return { state, revision: stored.length > 0 ? stored[stored.length - 1].revision : null };
  }

  /**
   * A keyed request whose events are already in the stream was appended before and its answer lost (a
   * crash between the append and the idempotency record): it answers those events again instead of
   * deciding anew, where a rule like "already granted" would refuse the request's own first attempt.
   */
  private appendedBefore<E extends DomainEvent>(stored: readonly StoredEvent[], context: CommandContext): WriteResult<E> | null {
    if (!context.idempotencyKey) return null;
    const byId = new Map(stored.map((e) => [e.id, e]));
    const mine: StoredEvent[] = [];
    for (let i = 0; byId.has(mintId(context, String(i))); i += 1) mine.push(byId.get(mintId(context, String(i)))!);
    const last = mine.at(-1);
    if (!last) return null;
    return { events: mine.map((e) => ({ type: e.type, data: e.data }) as unknown as E), revision: last.revision, position: last.position };
  }

  async execute<C, S, E extends DomainEvent>(
    stream: string,
    aggregate: Aggregate<C, S, E>,
    command: C,
    context: CommandContext,
  ): Promise<WriteResult<E>> {
    for (let attempt = 1; ; attempt += 1) {
      const release = await this.turnOn(stream);
      let appending: Promise<AppendResult>;
      let events: readonly E[];
      try {
        const stored = await this.store.readStream(stream);
        const replayed = this.appendedBefore<E>(stored, context);
        if (replayed) return replayed;
        const { state, revision } = this.fold(stored, aggregate);
        if (context.expectedRevision !== null && context.expectedRevision !== revision) {
          throw new StaleRevision(context.expectedRevision, revision);
        }
        events = aggregate.decider.decide(command, state);
        if (events.length === 0) return { events, revision: revision ?? -1, position: null };
        const metadata = metadataOf(context);
        appending = this.store.append(
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
      } finally {
        release();
      }
      try {
        const appended = await appending;
        return { events, revision: appended.revision, position: appended.position };
      } catch (error) {
        const raced = error instanceof WrongExpectedRevision;
        if (raced && context.expectedRevision !== null) throw new StaleRevision(context.expectedRevision, error.actual);
        if (!raced || attempt >= RETRIES) throw error;
      }
    }
  }
}
