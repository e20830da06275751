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
  SubscriptionHandler,
  SubscriptionOptions,
} from '../event-store.port.js';
import { type EsdbRecordedEvent, fromEsdbEvent, isSystemEventType, toEsdbEvent } from './event-mapping.js';
import { matchesEventFilter } from './event-filter.js';
import { esdbCatchUpSubscription } from './esdb-subscription.js';
import { expectationForChain, fromEsdbCurrentRevision, toRevision } from './expected-revision.js';
import { comparePositionTokens, parsePositionToken, positionToken } from './position-token.js';
import { esdbChainSource } from './esdb-chain-records.js';
import { StreamAnchorFile } from './stream-anchor-file.js';
import { StreamChainEvidence } from './stream-chain-evidence.js';
import { chainBatch, EMPTY_STREAM_HEAD, storedMac } from './stream-chain-mac.js';
import { type AuditKey, auditKey, DEVELOPMENT_AUDIT_KEY } from '../tamper-evidence/chain-mac.js';
import type { TamperEvidenceOptions } from '../sqlite-event-store.js';

/** `$all` is read in pages this long; system events in a page are skipped, so a page may yield fewer. */
const PAGE = 500;
/** Appends stated as `any` by the caller are retried this often when another writer moved the stream meanwhile. */
const ANY_REVISION_ATTEMPTS = 10;

/**
 * The event store port on EventStoreDB (20+, positions need 22.6+): one stream per aggregate, the
 * global log is `$all` without system events. Every call of `@eventstore/db-client` is in this folder.
 */
export class EventStoreDbEventStore implements EventStore {
  /** Per-stream HMAC chains and anchors: the same AUDIT_KEY and ANCHOR_DIR as on SQLite. */
  readonly evidence: StreamChainEvidence;
  private readonly key: AuditKey;

  constructor(
    private readonly client: EventStoreDBClient,
    { auditKey: secret = DEVELOPMENT_AUDIT_KEY, anchorDir }: TamperEvidenceOptions = {},
  ) {
    this.key = auditKey(secret);
    const anchors = anchorDir === undefined ? null : new StreamAnchorFile(anchorDir, this.key);
    this.evidence = new StreamChainEvidence(esdbChainSource(client, this), this.key, anchors);
  }

  static fromConnectionString(url: string, options: TamperEvidenceOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(url), options);
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
    for (let attempt = 1; ; attempt += 1) {
      // The server deduplicates a retry only at the revision it first went to; a retry with other
      // expectations, or a batch that shares some ids, is answered here as on the SQLite store.
      const recorded = await this.readRecorded(stream);
      const retried = this.alreadyAppended(stream, recorded.map(fromEsdbEvent), events);
      if (retried) return retried;
      const last = recorded[recorded.length - 1];
      const head = last ? { revision: toRevision(last.revision), mac: storedMac(last.metadata) ?? '' } : EMPTY_STREAM_HEAD;
      const stated = expectationForChain(expectedRevision, last ? head.revision : null);
      if (stated === null) throw new WrongExpectedRevision(stream, expectedRevision, last ? head.revision : null);
      const chained = chainBatch(this.key, stream, head, events.map(toEsdbEvent));
      try {
        const result = await this.client.appendToStream(stream, chained as unknown as JSONEventData[], { expectedRevision: stated });
        if (!result.position) throw new Error('the append came back without a log position: EventStoreDB 22.6 or newer is required');
        this.evidence.appended(events.length);
        return { revision: toRevision(result.nextExpectedRevision), position: positionToken(result.position) };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Another writer moved the stream between the read and the append: the chain must be computed again.
        if (expectedRevision === 'any' && attempt < ANY_REVISION_ATTEMPTS) continue;
        throw new WrongExpectedRevision(stream, expectedRevision, fromEsdbCurrentRevision(error.actualVersion));
      }
    }
  }

  async readStream(stream: string, options: { fromRevision?: number } = {}): Promise<readonly StoredEvent[]> {
    return (await this.readRecorded(stream, options.fromRevision ?? 0)).map(fromEsdbEvent);
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
    handle: SubscriptionHandler,
    onError?: (error: unknown) => void,
    options: SubscriptionOptions = {},
  ): Subscription {
    return esdbCatchUpSubscription(this.client, after, handle, onError, options);
  }

  comparePositions(a: Position, b: Position): number {
    return comparePositionTokens(a, b);
  }

  parsePosition(token: string): Position | null {
    return parsePositionToken(token) === null ? null : token;
  }

  verifyIntegrity(): Promise<IntegrityReport> {
    return this.evidence.verifyChain();
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

  /** The stream as recorded, metadata (and so each event's MAC) included. */
  private async readRecorded(stream: string, fromRevision = 0): Promise<EsdbRecordedEvent[]> {
    const events: EsdbRecordedEvent[] = [];
    try {
      const read = this.client.readStream(stream, { direction: FORWARDS, fromRevision: BigInt(fromRevision) });
      for await (const resolved of read) if (resolved.event) events.push(resolved.event);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
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
