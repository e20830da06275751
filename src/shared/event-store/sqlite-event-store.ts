import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import type { Clock } from '../time/clock.js';
import { systemClock } from '../time/clock.js';
import { IdempotencyViolation, WrongExpectedRevision } from './errors.js';
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
} from './event-store.port.js';
import { type CatchUpReader, catchUpSubscription } from './catch-up-subscription.js';
import { readTypesInWindow } from './sqlite-typed-read.js';
import { sqlConditionOf } from './sqlite-event-filter.js';
import { EVENTS_SCHEMA, type EventRow, type LogRow, toStoredEvent } from './sqlite-event-rows.js';
import { AnchorFile } from './tamper-evidence/anchor-file.js';
import { type AnchorReason, type AuditKey, auditKey, chainMac, DEVELOPMENT_AUDIT_KEY } from './tamper-evidence/chain-mac.js';
import { sealLegacyChain } from './tamper-evidence/legacy-chain.js';
import { SqliteTamperEvidence } from './tamper-evidence/sqlite-tamper-evidence.js';
import { enlargeCacheUntilCommitted, LARGE_BATCH_ROWS } from '../sqlite/batch-page-cache.js';
import type { SlicedVerification } from './tamper-evidence/log-evidence.js';
import { GroupCommit } from '../sqlite/group-commit.js';
import { preparedStatements } from '../sqlite/prepared.js';

export interface TamperEvidenceOptions {
  /** AUDIT_KEY. Without it the development key: only development, tests and benchmarks open a store so. */
  readonly auditKey?: string | Buffer;
  /** ANCHOR_DIR: without it no anchor is written or checked. */
  readonly anchorDir?: string;
}

/**
 * The embedded default store. WAL with synchronous=FULL: a commit is on disk before `append` resolves,
 * so an acknowledged command survives kill -9 and power loss. Appends of one turn of the event loop
 * share one commit and its one sync (group commit, ../sqlite/group-commit.ts), each with its own
 * expected-revision check and its own success or conflict; the chain runs in commit order across
 * the group. A stream read sees the group's appends (a decision on them commits with them); reads of
 * the whole log (projections, audit) commit the open group first, so they see only committed events.
 * Each row carries an HMAC keyed by
 * AUDIT_KEY over its position, its content and the previous row's MAC; signed anchors outside the data
 * folder catch a cut tail (tamper-evidence/).
 */
export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly key: AuditKey;
  private readonly evidence: SqliteTamperEvidence;
  private readonly statements;
  private readonly sql: ReturnType<typeof preparedStatements>;
  private readonly commits: GroupCommit;

  constructor(
    file: string,
    private readonly clock: Clock = systemClock,
    { auditKey: secret = DEVELOPMENT_AUDIT_KEY, anchorDir }: TamperEvidenceOptions = {},
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.key = auditKey(secret);
    this.db.exec(EVENTS_SCHEMA);
    sealLegacyChain(this.db, this.key);
    this.appended.setMaxListeners(0);
    this.commits = new GroupCommit(this.db);
    this.sql = preparedStatements(this.db);
    // Prepared once: the write path is benchmarked, and the MAC is its only new cost.
    this.statements = {
      already: this.db.prepare<[string], { id: string; stream: string; revision: number; position: number }>(
        `SELECT id, stream, revision, position FROM events WHERE id IN (SELECT value FROM json_each(?)) ORDER BY position`,
      ),
      known: this.db.prepare<[string], { found: number }>('SELECT 1 AS found FROM events WHERE id = ?'),
      revision: this.db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream = ?'),
      // The next position is AUTOINCREMENT's: a tail cut behind the service's back leaves a gap, not a seam.
      head: this.db.prepare<[], { seq: number | null; mac: string | null }>(
        `SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'events') AS seq,
                (SELECT mac FROM events ORDER BY position DESC LIMIT 1) AS mac`,
      ),
      // The MAC is left out: a projection never reads it (the chain is verified at start, in /health and before a rebuild).
      readAll: this.db.prepare<[number, number], LogRow>(
        `SELECT position, id, stream, revision, type, schema_version, data, metadata, recorded_at
         FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ),
      insert: this.db.prepare(
        `INSERT INTO events (position, id, stream, revision, type, schema_version, data, metadata, recorded_at, mac)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    const anchors = anchorDir === undefined ? null : new AnchorFile(anchorDir, this.key);
    this.evidence = new SqliteTamperEvidence(this.db, this.key, anchors, clock, (stream, events, options) =>
      this.append(stream, events, options),
    );
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const written = this.commits.run(() => this.appendInTransaction(stream, events, expectedRevision));
    // A batch this large fills a commit alone: waiting a turn for others to join let a read model's poll
    // timer run first, and it read and folded the whole batch before this write could answer.
    if (events.length >= LARGE_BATCH_ROWS) this.commits.flush();
    const result = await written;
    // Subscribers (the read models) wake on the next turn: the answer of this write goes out before
    // they take the event loop for a large batch, which an import of 100 000 rows otherwise waited on.
    if (result.appended) setImmediate(() => this.appended.emit('append', result.position));
    return { revision: result.revision, position: result.position };
  }

  private appendInTransaction(stream: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    try {
      return this.appendOnce(stream, events, expected);
    } catch (error) {
      // A batch whose first id is new but a later one is stored: a retry that changed its batch.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes('events.id')) {
        throw new IdempotencyViolation(stream);
      }
      throw error;
    }
  }

  private appendOnce(stream: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    // A retry carries the first id of the append that committed: the whole batch is looked up only then
    // (looking up every id of a 100 000-event import cost as much as inserting them).
    const retried = this.statements.known.get(events[0].id) !== undefined;
    const already = retried ? this.statements.already.all(JSON.stringify(events.map((e) => e.id))) : [];
    if (already.length > 0) {
      // A retry of an append that did commit: answer as the first time, append nothing.
      const sameBatch = already.length === events.length && already.every((row, i) => row.id === events[i].id && row.stream === stream);
      if (!sameBatch) throw new IdempotencyViolation(stream);
      const last = already[already.length - 1];
      return { appended: false, revision: last.revision, position: last.position };
    }
    const current = this.statements.revision.get(stream)?.revision ?? null;
    if (expected === 'no-stream' ? current !== null : expected !== 'any' && current !== expected) {
      throw new WrongExpectedRevision(stream, expected, current);
    }
    if (events.length >= LARGE_BATCH_ROWS) enlargeCacheUntilCommitted(this.db, ['main']);
    const head = this.statements.head.get();
    let mac = head?.mac ?? '';
    let position = head?.seq ?? 0;
    let revision = current ?? -1;
    const recordedAt = this.clock.now().toISOString();
    // Events of one command share their metadata object: serialised once, not once per event.
    let metadataOf: object | null = null;
    let metadata = '';
    for (const event of events) {
      position += 1;
      revision += 1;
      if (event.metadata !== metadataOf) [metadataOf, metadata] = [event.metadata, JSON.stringify(event.metadata)];
      const row = {
        position,
        id: event.id,
        stream,
        revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata,
        recordedAt,
      };
      mac = chainMac(this.key, mac, row);
      this.statements.insert.run(position, row.id, stream, revision, row.type, row.schemaVersion, row.data, metadata, recordedAt, mac);
    }
    return { appended: true, revision, position };
  }

  async readStream(stream: string, options: { fromRevision?: number } = {}): Promise<readonly StoredEvent[]> {
    return this.sql<[string, number], EventRow>('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision')
      .all(stream, options.fromRevision ?? 0)
      .map(toStoredEvent);
  }

  async readAll({ after, limit }: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    this.commits.flush();
    // Row by row: each row is garbage as soon as its event exists, instead of a batch of rows held at once.
    const events: StoredEvent[] = [];
    for (const row of this.statements.readAll.iterate(after === null ? 0 : Number(after), limit)) events.push(toStoredEvent(row));
    return { events, last: events.length > 0 ? events[events.length - 1].position : after };
  }

  async readFiltered(filter: EventFilter, { after, limit }: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    this.commits.flush();
    const { clause, values } = sqlConditionOf(filter);
    const rows = this.sql<unknown[], EventRow>(`SELECT * FROM events WHERE position > ?${clause} ORDER BY position LIMIT ?`).all(
      after === null ? 0 : Number(after),
      ...values,
      limit,
    );
    const events = rows.map(toStoredEvent);
    return { events, last: events.length > 0 ? events[events.length - 1].position : after };
  }

  async headPosition(): Promise<Position | null> {
    this.commits.flush();
    return this.sql<[], { p: number | null }>('SELECT MAX(position) AS p FROM events').get()?.p ?? null;
  }

  subscribe(
    after: Position | null,
    handle: SubscriptionHandler,
    onError?: (error: unknown) => void,
    { batchSize, types }: SubscriptionOptions = {},
  ): Subscription {
    const read: CatchUpReader = types
      ? async (from, limit) => readTypesInWindow(this.sql, types, { after: from, head: await this.headPosition(), limit })
      : async (from, limit) => this.readAll({ after: from, limit }).then(({ events, last }) => ({ events, reached: last }));
    return catchUpSubscription(read, this.appended, after, handle, onError, batchSize);
  }

  comparePositions(a: Position, b: Position): number {
    return Number(a) - Number(b);
  }

  parsePosition(token: string): Position | null {
    return /^\d{1,15}$/.test(token) ? Number(token) : null;
  }

  async verifyIntegrity(): Promise<IntegrityReport> {
    return this.verifyChain();
  }

  /** The whole log and the whole anchor file. */
  verifyChain(): IntegrityReport {
    this.commits.flush();
    return this.evidence.verifyAll();
  }

  /** The log up to its head now, leaving the event loop free between slices (see SqliteTamperEvidence.verifyInSlices). */
  verifyInSlices(options: SlicedVerification): Promise<IntegrityReport> {
    this.commits.flush();
    return this.evidence.verifyInSlices(options);
  }

  /** What was appended since the last verification, at most `maxEvents` of it (see SqliteTamperEvidence.verifyTail). */
  verifyTail(maxEvents?: number): IntegrityReport {
    this.commits.flush();
    return this.evidence.verifyTail(maxEvents);
  }

  /** Takes a signed anchor of the head; null when the store has no ANCHOR_DIR. */
  anchor(reason: AnchorReason) {
    return this.evidence.anchor(reason);
  }

  lastAnchor() {
    return this.evidence.lastAnchor();
  }

  /** Told the log position after every local append that added events. */
  onAppend(listener: (position: number) => void): () => void {
    this.appended.on('append', listener);
    return () => this.appended.off('append', listener);
  }

  async close(): Promise<void> {
    if (this.db.open) this.commits.flush();
    this.appended.removeAllListeners();
    if (this.db.open) this.db.close();
  }
}
