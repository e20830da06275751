import Database from 'better-sqlite3';
import type { Position } from '../event-store/event-store.port.js';
import { type Fence, fenceHolds, type Lease, LeaseLost, nextLease } from './lease.js';
import { type CollectionCommit, type DocumentChange, type Filter, type ReadStore, totalsCollectionOf } from './read-store.port.js';
import { GroupCommit } from '../sqlite/group-commit.js';
import { preparedStatements } from '../sqlite/prepared.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  collection TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (collection, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS document_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL, id TEXT NOT NULL,
  recorded_at TEXT NOT NULL, doc TEXT
);
CREATE INDEX IF NOT EXISTS document_history_by_time ON document_history (collection, recorded_at, id, seq);
CREATE INDEX IF NOT EXISTS document_history_by_id ON document_history (collection, id, recorded_at, seq);
CREATE TABLE IF NOT EXISTS checkpoints (collection TEXT PRIMARY KEY, position TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS projection_versions (projection TEXT PRIMARY KEY, version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, token INTEGER NOT NULL, expires_at INTEGER NOT NULL);`;

/**
 * Read models on SQLite. Every committed change is also kept as a version stamped with its event's
 * recording time, so a read "as of" a past moment picks the last version per document instead of
 * replaying the log. Commits of several projections that arrive together share one transaction.
 */
export class SqliteReadStore implements ReadStore {
  readonly db: Database.Database;
  private readonly commits: GroupCommit;
  private readonly statements;
  private readonly sql: ReturnType<typeof preparedStatements>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // No fsync per commit: read models are derived from the log, whose appends are durable before they
    // are read. A power cut loses at most the last commits, documents and checkpoint together (WAL keeps
    // each transaction whole), and the runner applies those events again from the older checkpoint.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.commits = new GroupCommit(this.db);
    this.sql = preparedStatements(this.db);
    // Prepared once: a rebuild commits hundreds of batches, each across every projection.
    this.statements = {
      load: this.db.prepare<[string, string], { id: string; doc: string }>(
        'SELECT id, doc FROM documents WHERE collection = ? AND id IN (SELECT value FROM json_each(?))',
      ),
      upsert: this.db.prepare<[string, string, string]>(
        'INSERT INTO documents (collection, id, doc) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc',
      ),
      remove: this.db.prepare<[string, string]>('DELETE FROM documents WHERE collection = ? AND id = ?'),
      history: this.db.prepare<[string, string, string, string | null]>(
        'INSERT INTO document_history (collection, id, recorded_at, doc) VALUES (?, ?, ?, ?)',
      ),
      moveCheckpoint: this.db.prepare<[string, string]>(
        'INSERT INTO checkpoints (collection, position) VALUES (?, ?) ON CONFLICT (collection) DO UPDATE SET position = excluded.position',
      ),
    };
  }

  async checkpoint(collection: string): Promise<Position | null> {
    const row = this.sql<[string], { position: string }>('SELECT position FROM checkpoints WHERE collection = ?').get(collection);
    return row ? (JSON.parse(row.position) as Position) : null;
  }

  async load(collection: string, ids: readonly string[]): Promise<Map<string, unknown>> {
    const rows = this.statements.load.all(collection, JSON.stringify(ids));
    return new Map(rows.map((r) => [r.id, JSON.parse(r.doc) as unknown]));
  }

  async commit(collection: string, changes: readonly DocumentChange[], checkpoint: Position, fence?: Fence): Promise<void> {
    await this.commitAll([{ collection, changes, checkpoint, fence }]);
  }

  async commitAll(commits: readonly CollectionCommit[]): Promise<void> {
    const { upsert, remove, history, moveCheckpoint } = this.statements;
    await this.commits.run(() => {
      // The fences are read inside the commit's own (IMMEDIATE) transaction: a runner that lost a lease cannot commit.
      for (const { fence } of commits) {
        if (!fence) continue;
        const current = this.lease(fence.name);
        if (!fenceHolds(current, fence)) throw new LeaseLost(fence, current);
      }
      for (const { collection, changes, checkpoint } of commits) {
        // A document changed at several instants of one batch keeps every version in its history, but
        // only the last one in `documents`: the others would be overwritten in this same transaction.
        const last = new Map<string, string | null>();
        for (const change of changes) {
          const doc = change.doc === null ? null : JSON.stringify(change.doc);
          history.run(collection, change.id, change.recordedAt, doc);
          last.set(change.id, doc);
        }
        for (const [id, doc] of last) {
          if (doc === null) remove.run(collection, id);
          else upsert.run(collection, id, doc);
        }
        moveCheckpoint.run(collection, JSON.stringify(checkpoint));
      }
    });
  }

  async get<D>(collection: string, id: string): Promise<D | null> {
    const row = this.sql<[string, string], { doc: string }>('SELECT doc FROM documents WHERE collection = ? AND id = ?').get(
      collection,
      id,
    );
    return row ? (JSON.parse(row.doc) as D) : null;
  }

  async find<D>(collection: string, filter: Filter = {}): Promise<D[]> {
    const { clause, values } = whereFields(filter);
    return this.sql<unknown[], { doc: string }>(`SELECT doc FROM documents WHERE collection = ?${clause} ORDER BY id`)
      .all(collection, ...values)
      .map((r) => JSON.parse(r.doc) as D);
  }

  async *iterate<D>(collection: string, filter: Filter = {}): AsyncIterable<D> {
    const { clause, values } = whereFields(filter);
    // A read-only connection of its own: in WAL mode it reads a snapshot while the runner commits.
    const reader = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      const rows = reader
        .prepare<unknown[], { doc: string }>(`SELECT doc FROM documents WHERE collection = ?${clause} ORDER BY id`)
        .iterate(collection, ...values);
      for (const row of rows) yield JSON.parse(row.doc) as D;
    } finally {
      reader.close();
    }
  }

  async findAsOf<D>(collection: string, asOf: string, filter: Filter = {}): Promise<D[]> {
    const { clause, values } = whereFields(filter);
    // Each document's last version is found from the covering index alone (MAX(seq) per id); only
    // those rows' document texts are read. Commit order (seq) decides which version is the last.
    const rows = this.sql<unknown[], { doc: string }>(
      `SELECT doc FROM document_history
       JOIN (SELECT MAX(seq) AS last FROM document_history WHERE collection = ? AND recorded_at <= ? GROUP BY id) ON seq = last
       WHERE doc IS NOT NULL${clause}`,
    ).all(collection, asOf, ...values);
    return rows.map((r) => JSON.parse(r.doc) as D);
  }

  async getAsOf<D>(collection: string, id: string, asOf: string): Promise<D | null> {
    // One step down the by-id index: the version recorded last at or before asOf (commit order breaks a tie).
    const row = this.sql<[string, string, string], { doc: string | null }>(
      'SELECT doc FROM document_history WHERE collection = ? AND id = ? AND recorded_at <= ? ORDER BY recorded_at DESC, seq DESC LIMIT 1',
    ).get(collection, id, asOf);
    return row?.doc ? (JSON.parse(row.doc) as D) : null;
  }

  async drop(collection: string): Promise<void> {
    this.db.transaction(() => {
      for (const table of ['documents', 'document_history', 'checkpoints']) {
        this.sql(`DELETE FROM ${table} WHERE collection IN (?, ?)`).run(collection, totalsCollectionOf(collection));
      }
    })();
  }

  async activeVersion(projection: string): Promise<number | null> {
    return (
      this.sql<[string], { version: number }>('SELECT version FROM projection_versions WHERE projection = ?').get(projection)?.version ??
      null
    );
  }

  async setActiveVersion(projection: string, version: number): Promise<void> {
    this.sql(
      'INSERT INTO projection_versions (projection, version) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET version = excluded.version',
    ).run(projection, version);
  }

  async acquireLease(name: string, owner: string, ttlMs: number): Promise<Lease | null> {
    // IMMEDIATE takes the write lock before reading: two processes cannot both see the lease free.
    return this.db
      .transaction(() => {
        const next = nextLease(this.lease(name), name, owner, Date.now(), ttlMs);
        if (next)
          this.sql(
            'INSERT INTO leases (name, owner, token, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, token = excluded.token, expires_at = excluded.expires_at',
          ).run(name, next.owner, next.token, next.expiresAt);
        return next;
      })
      .immediate();
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    // The row stays (expired) so that the next owner's token is still higher than every earlier one.
    this.sql('UPDATE leases SET expires_at = 0 WHERE name = ? AND owner = ?').run(name, owner);
  }

  private lease(name: string): Lease | null {
    const row = this.sql<[string], { owner: string; token: number; expires_at: number }>(
      'SELECT owner, token, expires_at FROM leases WHERE name = ?',
    ).get(name);
    return row ? { name, owner: row.owner, token: row.token, expiresAt: row.expires_at } : null;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.commits.flush();
    this.db.close();
  }
}

function whereFields(filter: Filter): { clause: string; values: unknown[] } {
  const entries = Object.entries(filter);
  for (const [field] of entries) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`unsupported filter field ${field}`);
  }
  return {
    clause: entries.map(([field]) => ` AND json_extract(doc, '$.${field}') IS ?`).join(''),
    values: entries.map(([, value]) => (typeof value === 'boolean' ? Number(value) : value)),
  };
}
