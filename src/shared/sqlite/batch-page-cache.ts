import type Database from 'better-sqlite3';

/** From this many rows a write takes the larger cache. */
export const LARGE_BATCH_ROWS = 1_000;
/** In KiB (SQLite's negative form): room for the pages of a 100 000-row import and its indexes. */
const BATCH_CACHE_KIB = -65_536;
const enlarged = new WeakSet<Database.Database>();

/**
 * A batch of thousands of rows touches more pages than SQLite's default cache (2 MiB) holds; every
 * page it evicts before the commit is written to the log and read back. The larger cache lasts until
 * the open transaction has committed (group commit flushes in an earlier `setImmediate`), then the
 * connection gives the memory back, so a quiet service keeps its small footprint.
 */
export function enlargeCacheUntilCommitted(db: Database.Database, schemas: readonly string[]): void {
  if (enlarged.has(db)) return;
  enlarged.add(db);
  const before = schemas.map((schema) => db.pragma(`${schema}.cache_size`, { simple: true }) as number);
  schemas.forEach((schema) => db.pragma(`${schema}.cache_size = ${BATCH_CACHE_KIB}`));
  const giveBack = () => {
    if (db.open && db.inTransaction) return void setImmediate(giveBack);
    enlarged.delete(db);
    if (db.open) schemas.forEach((schema, i) => db.pragma(`${schema}.cache_size = ${before[i]}`));
  };
  setImmediate(giveBack);
}
