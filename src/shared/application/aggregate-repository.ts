import { Inject, Injectable } from '@nestjs/common';
import type { Aggregate, DomainEvent } from '../domain/decider.js';
import { WrongExpectedRevision } from '../event-store/errors.js';
import { type AppendResult, EVENT_STORE, type EventStore, type Position, type StoredEvent } from '../event-store/event-store.port.js';
import { type FoldedStream, FoldedStreams, idHash, rememberId } from './folded-streams.js';
import { mintId } from './minted-ids.js';
import { type CommandContext, metadataOf, StaleRevision } from './command-context.js';

export interface WriteResult<E> {
  readonly events: readonly E[];
  /** Stream revision after the write (the ETag). */
  readonly revision: number;
  readonly position: Position | null;
}

const RETRIES = 3;

/**
 * Events folded into cached states, all streams together (about 20 MB per 100 000 participants): enough
 * for the modules being written to, even one of a national body, while RSS stays well under 300 MB.
 */
export const FOLDED_EVENTS_CACHED = 500_000;

/**
 * Read, fold, decide, append with the expected revision; retry a lost race unless the client pinned a
 * revision. A write folds only the events after the state this process folded last, so its cost does
 * not grow with the stream (a module of 100 000 participants); that state is checked against the store's
 * revision on every write, and dropped on a conflict.
 */
@Injectable()
export class AggregateRepository {
  private readonly folded = new FoldedStreams(FOLDED_EVENTS_CACHED);
  private readonly turns = new Map<string, Promise<void>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** A fresh fold, never the cached state: a reader may keep what it gets while later writes fold on. */
  async load<C, S, E extends DomainEvent>(stream: string, aggregate: Aggregate<C, S, E>): Promise<{ state: S; revision: number | null }> {
    const { state, revision } = this.foldInto(this.fresh(aggregate), await this.store.readStream(stream));
    return { state, revision: revision < 0 ? null : revision };
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
      let current: FoldedStream<S>;
      let events: readonly E[];
      let ids: readonly string[];
      try {
        current = await this.current(stream, aggregate);
        const replayed = await this.appendedBefore<E>(stream, current, context);
        if (replayed) return replayed;
        const revision = current.revision < 0 ? null : current.revision;
        if (context.expectedRevision !== null && context.expectedRevision !== revision) {
          throw new StaleRevision(context.expectedRevision, revision);
        }
        events = aggregate.decider.decide(command, current.state);
        if (events.length === 0) return { events, revision: revision ?? -1, position: null };
        ids = events.map((_, i) => mintId(context, String(i)));
        // One metadata object for the whole command: the store serialises it once, not once per event.
        const metadata = metadataOf(context);
        appending = this.store.append(
          stream,
          events.map((e, i) => ({
            // A keyed request's events get ids derived from the key, so the store recognises its retry.
            id: ids[i],
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
        this.advance(stream, aggregate, current, events, ids, appended.revision);
        return { events, revision: appended.revision, position: appended.position };
      } catch (error) {
        const raced = error instanceof WrongExpectedRevision;
        // A lost race folds the winner's events on the next attempt; a store behind the cache (a restore) refolds.
        if (!raced || (error.actual ?? -1) < current.revision) this.folded.drop(stream);
        if (raced && context.expectedRevision !== null) throw new StaleRevision(context.expectedRevision, error.actual);
        if (!raced || attempt >= RETRIES) throw error;
      }
    }
  }

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

  /** The cached state brought up to the store's head: only the events after its revision are read. */
  private async current<C, S, E extends DomainEvent>(stream: string, aggregate: Aggregate<C, S, E>): Promise<FoldedStream<S>> {
    const cached = this.folded.get<S>(stream, aggregate);
    const from = cached ? cached.revision + 1 : 0;
    const after = await this.store.readStream(stream, { fromRevision: from });
    // Another write of this process may have folded on, or dropped the entry, while this one read.
    const now = this.folded.get<S>(stream, aggregate) ?? (from === 0 ? this.fresh(aggregate) : null);
    if (!now || now.revision < from - 1) {
      this.folded.drop(stream);
      return this.current(stream, aggregate);
    }
    try {
      this.foldInto(now, after);
    } catch (error) {
      this.folded.drop(stream);
      throw error;
    }
    this.folded.put(stream, now);
    return now;
  }

  private fresh<C, S, E extends DomainEvent>(aggregate: Aggregate<C, S, E>): FoldedStream<S> {
    return { aggregate, state: aggregate.decider.initialState, revision: -1, firstRevisionByIdHash: new Map() };
  }

  private foldInto<C, S, E extends DomainEvent>(entry: FoldedStream<S>, stored: readonly StoredEvent[]): FoldedStream<S> {
    const { evolve } = (entry.aggregate as Aggregate<C, S, E>).decider;
    for (const e of stored) {
      if (e.revision <= entry.revision) continue;
      // The cast holds because the store hands events back upcast to their current shape (UpcastingEventStore).
      entry.state = evolve(entry.state, { type: e.type, data: e.data } as unknown as E);
      entry.revision = e.revision;
      rememberId(entry, e.id, e.revision);
    }
    return entry;
  }

  /** This write's own events folded in, unless another write of this process moved the entry meanwhile. */
  private advance<C, S, E extends DomainEvent>(
    stream: string,
    aggregate: Aggregate<C, S, E>,
    entry: FoldedStream<S>,
    events: readonly E[],
    ids: readonly string[],
    revision: number,
  ): void {
    if (this.folded.get(stream, aggregate) !== entry || entry.revision !== revision - events.length) return;
    events.forEach((event, i) => {
      entry.state = aggregate.decider.evolve(entry.state, event);
      rememberId(entry, ids[i], entry.revision + 1);
      entry.revision += 1;
    });
    this.folded.put(stream, entry);
  }

  /**
   * A keyed request whose events are already in the stream was appended before and its answer lost (a
   * crash between the append and the idempotency record): it answers those events again instead of
   * deciding anew, where a rule like "already granted" would refuse the request's own first attempt.
   */
  private async appendedBefore<E extends DomainEvent>(
    stream: string,
    entry: FoldedStream<unknown>,
    context: CommandContext,
  ): Promise<WriteResult<E> | null> {
    if (!context.idempotencyKey) return null;
    const from = entry.firstRevisionByIdHash.get(idHash(mintId(context, '0')));
    if (from === undefined) return null;
    const stored = await this.store.readStream(stream, { fromRevision: from });
    const byId = new Map(stored.map((e) => [e.id, e]));
    const mine: StoredEvent[] = [];
    for (let i = 0; byId.has(mintId(context, String(i))); i += 1) mine.push(byId.get(mintId(context, String(i)))!);
    const last = mine.at(-1);
    if (!last) return null;
    return { events: mine.map((e) => ({ type: e.type, data: e.data }) as unknown as E), revision: last.revision, position: last.position };
  }
}
