import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Clock } from '../time/clock.js';
import { systemClock } from '../time/clock.js';
import { IdempotencyViolation, WrongExpectedRevision } from './errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  IntegrityReport,
  NewEvent,
  Position,
  ReadAllBatch,
  StoredEvent,
  Subscription,
} from './event-store.port.js';
import { catchUpSubscription } from './catch-up-subscription.js';

interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
  hash: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY AUTOINCREMENT,
  id             TEXT NOT NULL UNIQUE,
  stream         TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT NOT NULL,
  metadata       TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  hash           TEXT NOT NULL,
  UNIQUE (stream, revision)
);`;

/**
 * The embedded default store. WAL with synchronous=FULL: a commit is on disk before `append` resolves,
 * so an acknowledged command survives kill -9 and power loss. Each row carries a SHA-256 chained over
 * the previous row, so an inspector can prove the history was not altered afterwards.
 */
export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private readonly appended = new EventEmitter();

  constructor(
    file: string,
    private readonly clock: Clock = systemClock,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.appended.setMaxListeners(0);
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const result = this.db.transaction(() => this.appendInTransaction(stream, events, expectedRevision)).immediate();
    if (result.appended) this.appended.emit('append');
    return { revision: result.revision, position: result.position };
  }

  private appendInTransaction(stream: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    const already = this.db
      .prepare<[string], { id: string; stream: string; revision: number; position: number }>(
        `SELECT id, stream, revision, position FROM events WHERE id IN (SELECT value FROM json_each(?)) ORDER BY position`,
      )
      .all(JSON.stringify(events.map((e) => e.id)));
    if (already.length > 0) {
      // A retry of an append that did commit: answer as the first time, append nothing.
      const sameBatch = already.length === events.length && already.every((row, i) => row.id === events[i].id && row.stream === stream);
      if (!sameBatch) throw new IdempotencyViolation(stream);
      const last = already[already.length - 1];
      return { appended: false, revision: last.revision, position: last.position };
    }
    const current =
      this.db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream = ?').get(stream)
        ?.revision ?? null;
    if (expected === 'no-stream' ? current !== null : expected !== 'any' && current !== expected) {
      throw new WrongExpectedRevision(stream, expected, current);
    }
    const previous = this.db.prepare<[], { hash: string }>('SELECT hash FROM events ORDER BY position DESC LIMIT 1').get();
    let chain = previous?.hash ?? '';
    const recordedAt = this.clock.now().toISOString();
    const insert = this.db.prepare(
      `INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, recorded_at, hash)
       VALUES (@id, @stream, @revision, @type, @schemaVersion, @data, @metadata, @recordedAt, @hash)`,
    );
    let revision = current ?? -1;
    let position = 0;
    for (const event of events) {
      revision += 1;
      const row = {
        id: event.id,
        stream,
        revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
        recordedAt,
      };
      chain = chainHash(chain, row);
      position = Number(insert.run({ ...row, hash: chain }).lastInsertRowid);
    }
    return { appended: true, revision, position };
  }

  async readStream(stream: string, options: { fromRevision?: number } = {}): Promise<readonly StoredEvent[]> {
    return this.db
      .prepare<[string, number], EventRow>('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision')
      .all(stream, options.fromRevision ?? 0)
      .map(toStoredEvent);
  }

  async readAll({ after, limit }: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    const rows = this.db
      .prepare<[number, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?')
      .all(after === null ? 0 : Number(after), limit);
    const events = rows.map(toStoredEvent);
    return { events, last: events.length > 0 ? events[events.length - 1].position : after };
  }

  async headPosition(): Promise<Position | null> {
    return this.db.prepare<[], { p: number | null }>('SELECT MAX(position) AS p FROM events').get()?.p ?? null;
  }

  subscribe(
    after: Position | null,
    handle: (events: readonly StoredEvent[]) => Promise<void>,
    onError?: (error: unknown) => void,
  ): Subscription {
    return catchUpSubscription(this, this.appended, after, handle, onError);
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

  /** Recomputes the hash chain; returns the first position whose stored hash does not match. */
  verifyChain(): IntegrityReport {
    let chain = '';
    let checked = 0;
    for (const row of this.db.prepare<[], EventRow>('SELECT * FROM events ORDER BY position').iterate()) {
      chain = chainHash(chain, {
        id: row.id,
        stream: row.stream,
        revision: row.revision,
        type: row.type,
        schemaVersion: row.schema_version,
        data: row.data,
        metadata: row.metadata,
        recordedAt: row.recorded_at,
      });
      if (chain !== row.hash) return { valid: false, checked, firstBrokenPosition: row.position };
      checked += 1;
    }
    return { valid: true, checked, firstBrokenPosition: null };
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
    if (this.db.open) this.db.close();
  }
}

function chainHash(previous: string, row: Record<string, string | number>): string {
  const canonical = [row.id, row.stream, row.revision, row.type, row.schemaVersion, row.data, row.metadata, row.recordedAt].join('\u001f');
  return createHash('sha256').update(previous).update('\u001e').update(canonical).digest('hex');
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as StoredEvent['data'],
    metadata: JSON.parse(row.metadata) as StoredEvent['metadata'],
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    recordedAt: row.recorded_at,
  };
}
