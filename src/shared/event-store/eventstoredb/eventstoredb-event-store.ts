import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  type JSONEventData,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { IdempotencyViolation, WrongExpectedRevision } from '../errors.js';
import type {
  AppendResult,
  EventFilter,
  EventStore,
  ExpectedRevision,
  IntegrityReport,
  NewEvent,
  Position,
  ReadAllBatch,
  StoredEvent,
  Subscription,
} from '../event-store.port.js';
import { fromEsdbEvent, isSystemEventType, toEsdbEvent } from './event-mapping.js';
import { matchesEventFilter } from './event-filter.js';
import { esdbCatchUpSubscription } from './esdb-subscription.js';
import { fromEsdbCurrentRevision, toEsdbExpectedRevision, toRevision } from './expected-revision.js';
import { comparePositionTokens, parsePositionToken, positionToken } from './position-token.js';
import { unverifiedReport } from './unverified-report.js';

/** `$all` is read in pages this long; system events in a page are skipped, so a page may yield fewer. */
const PAGE = 500;

/**
 * The event store port on EventStoreDB (20+, positions need 22.6+): one stream per aggregate, the
 * global log is `$all` without system events. Every call of `@eventstore/db-client` is in this folder.
 */
export class EventStoreDbEventStore implements EventStore {
  constructor(private readonly client: EventStoreDBClient) {}

  static fromConnectionString(url: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(url));
  }

  /** Reads the head once: resolves when the server answers, rejects on anything else within `deadlineMs`. */
  async ping(deadlineMs: number): Promise<void> {
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, deadline: deadlineMs })) {
      void resolved;
    }
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    // The server deduplicates a retry only at the revision it first went to; a retry with other
    // expectations, or a batch that shares some ids, is answered here as on the SQLite store.
    const existing = await this.readStream(stream);
    const retried = this.alreadyAppended(stream, existing, events);
    if (retried) return retried;
    try {
      const result = await this.client.appendToStream(stream, events.map(toEsdbEvent) as unknown as JSONEventData[], {
        expectedRevision: toEsdbExpectedRevision(expectedRevision),
      });
      if (!result.position) throw new Error('the append came back without a log position: EventStoreDB 22.6 or newer is required');
      return { revision: toRevision(result.nextExpectedRevision), position: positionToken(result.position) };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevision(stream, expectedRevision, fromEsdbCurrentRevision(error.actualVersion));
      }
      throw error;
    }
  }

  async readStream(stream: string, options: { fromRevision?: number } = {}): Promise<readonly StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      const read = this.client.readStream(stream, { direction: FORWARDS, fromRevision: BigInt(options.fromRevision ?? 0) });
      for await (const resolved of read) if (resolved.event) events.push(fromEsdbEvent(resolved.event));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  readAll({ after, limit }: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    return this.scan(after, limit, () => true);
  }

  readFiltered(filter: EventFilter, { after, limit }: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    return this.scan(after, limit, (event) => matchesEventFilter(filter, event));
  }

  async headPosition(): Promise<Position | null> {
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 10 * PAGE })) {
      if (resolved.event && !isSystemEventType(resolved.event.type)) return positionToken(resolved.event.position);
    }
    return null;
  }

  subscribe(
    after: Position | null,
    handle: (events: readonly StoredEvent[]) => Promise<void>,
    onError?: (error: unknown) => void,
  ): Subscription {
    return esdbCatchUpSubscription(this.client, after, handle, onError);
  }

  comparePositions(a: Position, b: Position): number {
    return comparePositionTokens(a, b);
  }

  parsePosition(token: string): Position | null {
    return parsePositionToken(token) === null ? null : token;
  }

  /** The HMAC chain is kept by the SQLite store only for now: see unverified-report.ts and the README. */
  async verifyIntegrity(): Promise<IntegrityReport> {
    return unverifiedReport(await this.headPosition());
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** Pages through `$all` strictly after `after` until `limit` events match or the log ends. */
  private async scan(after: Position | null, limit: number, keep: (event: StoredEvent) => boolean): Promise<ReadAllBatch> {
    const events: StoredEvent[] = [];
    let from = after === null ? null : parsePositionToken(String(after));
    if (after !== null && from === null) throw new Error(`not an EventStoreDB position: ${String(after)}`);
    let cursor: Position | null = after;
    for (;;) {
      let seen = 0;
      // Reading from a position includes the record at it: it is skipped, being the caller's last.
      const page = this.client.readAll({ direction: FORWARDS, fromPosition: from ?? START, maxCount: PAGE });
      for await (const resolved of page) {
        const recorded = resolved.event;
        if (!recorded) continue;
        seen += 1;
        from = recorded.position;
        const token = positionToken(recorded.position);
        if (cursor !== null && comparePositionTokens(token, cursor) <= 0) continue;
        cursor = token;
        if (isSystemEventType(recorded.type)) continue;
        const event = fromEsdbEvent(recorded);
        if (keep(event)) events.push(event);
        if (events.length === limit) break;
      }
      if (events.length === limit || seen < PAGE) break;
    }
    return { events, last: events.length > 0 ? events[events.length - 1].position : after };
  }

  private alreadyAppended(stream: string, existing: readonly StoredEvent[], events: readonly NewEvent[]): AppendResult | null {
    const ids = new Set(events.map((e) => e.id));
    const found = existing.filter((e) => ids.has(e.id));
    if (found.length === 0) return null;
    const sameBatch = found.length === events.length && found.every((e, i) => e.id === events[i].id);
    if (!sameBatch) throw new IdempotencyViolation(stream);
    const last = found[found.length - 1];
    return { revision: last.revision, position: last.position };
  }
}
