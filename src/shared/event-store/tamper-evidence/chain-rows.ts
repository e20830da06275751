import type Database from 'better-sqlite3';
import type { StoredChainEvent } from './chain-verifier.js';

export const CHAIN_COLUMNS = `position, id, stream, revision, type, schema_version AS schemaVersion, data, metadata,
  recorded_at AS recordedAt, mac`;
const PAGE = `SELECT ${CHAIN_COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`;

/**
 * The log up to `upTo` in position order, one page per read: an iterator left open across turns of the
 * event loop would keep the connection from writing.
 */
export function* pagedChainRows(db: Database.Database, upTo: number, size: number): Generator<StoredChainEvent> {
  const page = db.prepare<[number, number, number], StoredChainEvent>(PAGE);
  for (let after = 0; ;) {
    const rows = page.all(after, upTo, size);
    yield* rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1].position;
  }
}
