import type Database from 'better-sqlite3';

interface Job {
  readonly work: () => unknown;
  readonly durable: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export interface GroupCommitOptions {
  /**
   * Sets the connection's synchronous level for the next commit (every attached file that a job
   * writes). Called only when a group holds no durable job: such a group commits without a sync,
   * and the next durable commit's sync of the same write-ahead log covers it.
   */
  readonly synchronous?: (level: 'FULL' | 'NORMAL') => void;
}

/**
 * Group commit on one better-sqlite3 connection. The driver is synchronous and a durable commit
 * blocks the event loop for its fsync, so one commit per request caps writes at one sync each.
 * Instead, work that arrives in the same turn of the event loop (and everything the requests that
 * queued up behind the last sync bring) waits for `setImmediate` and then runs in one IMMEDIATE
 * transaction, each job in its own savepoint: a job that throws is rolled back alone and rejects
 * alone, the others commit. Every promise resolves only after the group's commit returned, that is
 * once it is as durable as the connection's synchronous level makes it; jobs see each other's
 * writes in queue order, which is the commit order.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Database.Database,
    private readonly options: GroupCommitOptions = {},
  ) {}

  /** Runs `work` in the next group; `durable: false` for writes that may be lost with the machine (they are re-derived). */
  run<T>(work: () => T, { durable = true }: { durable?: boolean } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, durable, resolve: resolve as (value: unknown) => void, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  /** Commits what is queued now, at once: for shutdown, so that nothing queued is dropped. */
  flush(): void {
    this.scheduled = false;
    const jobs = this.queue;
    this.queue = [];
    if (jobs.length === 0) return;
    if (!this.db.open) {
      for (const job of jobs) job.reject(new Error('the database is closed'));
      return;
    }
    const relaxed = this.options.synchronous !== undefined && jobs.every((job) => !job.durable);
    let outcomes: Outcome[];
    try {
      if (relaxed) this.options.synchronous?.('NORMAL');
      outcomes = this.db.transaction(() => jobs.map((job) => this.inSavepoint(job))).immediate();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the group is stored.
      for (const job of jobs) job.reject(error);
      return;
    } finally {
      if (relaxed) this.options.synchronous?.('FULL');
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  private inSavepoint(job: Job): Outcome {
    try {
      // A transaction function called inside another runs as a savepoint: a throw undoes this job only.
      return { ok: true, value: this.db.transaction(job.work)() };
    } catch (error) {
      return { ok: false, error };
    }
  }
}
