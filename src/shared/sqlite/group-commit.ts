import type Database from 'better-sqlite3';

interface Settled {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly value: unknown;
}

/**
 * Group commit on one better-sqlite3 connection. The driver is synchronous and a durable commit
 * blocks the event loop for its fsync, so a commit per request caps writes at one sync each. Instead
 * the first write of a turn of the event loop opens an IMMEDIATE transaction, and every write of that
 * turn (with all the requests that queued up behind the last sync) runs in it at once, each in its
 * own savepoint: a write that throws is undone alone and rejects at once, the others stay. The
 * transaction commits in `setImmediate`, and only then do their promises resolve: an answer never
 * goes out before its write is as durable as the connection's synchronous level makes it.
 *
 * Writes run when they are asked for, so a later write of the group (and any read on the same
 * connection) sees the earlier ones: a decision taken on them commits with them, or not at all.
 */
export class GroupCommit {
  private group: Settled[] | null = null;

  constructor(private readonly db: Database.Database) {}

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      try {
        const group = this.open();
        // A transaction function called inside a transaction runs as a savepoint: a throw undoes this write only.
        const value = this.db.transaction(work)();
        group.push({ resolve: resolve as (value: unknown) => void, reject, value });
      } catch (error) {
        // SQLite rolls a whole transaction back on some errors (disk full, I/O): then the group is lost.
        if (this.group && !this.db.inTransaction) this.fail(error);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Commits the open group now: before a read that must see only committed writes, and at shutdown. */
  flush(): void {
    const group = this.group;
    if (!group) return;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.fail(error);
      return;
    }
    this.group = null;
    for (const { resolve, value } of group) resolve(value);
  }

  private open(): Settled[] {
    if (this.group) return this.group;
    this.db.exec('BEGIN IMMEDIATE');
    this.group = [];
    setImmediate(() => this.flush());
    return this.group;
  }

  private fail(error: unknown): void {
    const group = this.group ?? [];
    this.group = null;
    for (const { reject } of group) reject(error);
  }
}
