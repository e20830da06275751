import Database from 'better-sqlite3';
import { GroupCommit } from '../sqlite/group-commit.js';

export interface StoredAnswer {
  readonly requestHash: string;
  readonly status: number;
  readonly etag: string | null;
  readonly location: string | null;
  readonly body: unknown;
}

/** First answers of keyed writes: in SQLite under DATA_DIR, or in MongoDB (READ_STORE=mongodb) with a TTL index. */
export interface IdempotencyStore {
  /** The embedded store answers at once, a server in its own time: callers await either. */
  find(scope: string, key: string): StoredAnswer | null | Promise<StoredAnswer | null>;
  /** Resolves once the answer is durable: only then may the first answer go out. */
  save(scope: string, key: string, answer: StoredAnswer): Promise<void>;
  close(): void | Promise<void>;
}

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

/**
 * First answers of keyed writes, kept beside the event log so a retry after a restart still finds them.
 * Answers saved together share one durable commit (group commit).
 */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly db: Database.Database;
  private readonly commits: GroupCommit;
  private readonly insert;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL,
      etag TEXT, location TEXT, body TEXT NOT NULL, stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
      PRIMARY KEY (scope, key))`);
    this.commits = new GroupCommit(this.db);
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO idempotency_keys (scope, key, request_hash, status, etag, location, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  find(scope: string, key: string): StoredAnswer | null {
    const row = this.db
      .prepare<[string, string], { request_hash: string; status: number; etag: string | null; location: string | null; body: string }>(
        'SELECT request_hash, status, etag, location, body FROM idempotency_keys WHERE scope = ? AND key = ?',
      )
      .get(scope, key);
    return row
      ? { requestHash: row.request_hash, status: row.status, etag: row.etag, location: row.location, body: JSON.parse(row.body) }
      : null;
  }

  async save(scope: string, key: string, answer: StoredAnswer): Promise<void> {
    const body = JSON.stringify(answer.body);
    await this.commits.run(() => this.insert.run(scope, key, answer.requestHash, answer.status, answer.etag, answer.location, body));
  }

  close(): void {
    if (!this.db.open) return;
    this.commits.flush();
    this.db.close();
  }
}
