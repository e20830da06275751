import Database from 'better-sqlite3';
import { join } from 'node:path';

/**
 * One service process per DATA_DIR: the embedded stores are files that two processes would both write
 * (two projection runners, two idempotency answers). The lock is an exclusive SQLite transaction held
 * open for the life of the process: the operating system releases it when the process ends, also on
 * SIGKILL, so a crash leaves no stale lock to clean up by hand. Runners started directly on the stores
 * (tests, the lease harness) do not take it; they share the read store under its leases.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const db = new Database(join(dataDir, 'instance.lock'));
  db.pragma('journal_mode = DELETE');
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    throw new Error(
      `DATA_DIR ${dataDir} is in use by another process of this service: stop it first, or give this one another DATA_DIR ` +
        '(several instances need the server stores, READ_STORE=mongodb and EVENT_STORE=eventstoredb)',
      { cause: error },
    );
  }
  return {
    release() {
      if (db.open) db.close();
    },
  };
}
