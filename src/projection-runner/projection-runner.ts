import type { Projection } from '../../projections/projection.js';
import type { EventStore, Position, Subscription } from '../shared/event-store/event-store.port.js';
import { collectionOf, type ReadStore } from '../shared/read-store/read-store.port.js';
import { applyBatch } from './apply-batch.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly activeVersion: number | null;
  readonly position: Position | null;
  readonly state: 'serving' | 'rebuilding';
  /** The last failure to apply a batch, while the runner retries it; null when healthy. */
  readonly error: string | null;
}

interface Running {
  readonly projection: Projection;
  readonly collection: string;
  position: Position | null;
  subscription: Subscription | null;
  rebuilding: boolean;
  error: string | null;
}

/**
 * Keeps every projection caught up with the log, each from its own checkpoint. A projection whose
 * code version differs from the one serving is rebuilt into a new collection while the old one keeps
 * answering; it takes over once it has reached the head of the log.
 */
export class ProjectionRunner {
  private readonly running = new Map<string, Running>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: readonly Projection[],
  ) {}

  async start(): Promise<void> {
    for (const projection of this.projections) {
      const collection = collectionOf(projection.name, projection.version);
      const active = await this.readStore.activeVersion(projection.name);
      if (active === null) await this.readStore.setActiveVersion(projection.name, projection.version);
      const entry: Running = {
        projection,
        collection,
        position: await this.readStore.checkpoint(collection),
        subscription: null,
        rebuilding: active !== null && active !== projection.version,
        error: null,
      };
      this.running.set(projection.name, entry);
      // A failed batch is delivered again by the subscription (its documents and checkpoint commit
      // together or not at all); events already applied are skipped, so a retry never applies twice.
      entry.subscription = this.store.subscribe(
        entry.position,
        async (events) => {
          const last = events[events.length - 1].position;
          if (entry.position === null || this.store.comparePositions(last, entry.position) > 0) {
            await applyBatch(this.readStore, entry.collection, entry.projection, events, last);
            entry.position = last;
          }
          await this.switchWhenCaughtUp(entry);
          entry.error = null;
          this.notify();
        },
        (error) => {
          entry.error = error instanceof Error ? error.message : String(error);
        },
      );
      // An empty log has nothing to catch up with: a new version takes over at once.
      await this.switchWhenCaughtUp(entry);
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.subscription?.stop() ?? Promise.resolve()));
    this.running.clear();
    this.notify();
  }

  /** The collection that answers reads for a projection now. */
  async collectionFor(name: string): Promise<string> {
    const version = await this.readStore.activeVersion(name);
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`unknown projection ${name}`);
    return collectionOf(name, version ?? projection.version);
  }

  /** The position every serving read model has reached: the lowest of them. */
  position(): Position | null {
    let lowest: Position | null = null;
    for (const entry of this.running.values()) {
      if (entry.position === null) return null;
      if (lowest === null || this.store.comparePositions(entry.position, lowest) < 0) lowest = entry.position;
    }
    return lowest;
  }

  reached(target: Position): boolean {
    const position = this.position();
    return position !== null && this.store.comparePositions(position, target) >= 0;
  }

  /** Waits until every read model has applied `target`; false after the timeout. */
  async waitFor(target: Position, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.reached(target)) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 100));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    return true;
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all(
      [...this.running.values()].map(async (r) => ({
        name: r.projection.name,
        version: r.projection.version,
        activeVersion: await this.readStore.activeVersion(r.projection.name),
        position: r.position,
        state: r.rebuilding ? ('rebuilding' as const) : ('serving' as const),
        error: r.error,
      })),
    );
  }

  private async switchWhenCaughtUp(entry: Running): Promise<void> {
    if (!entry.rebuilding) return;
    const head = await this.store.headPosition();
    const caughtUp = head === null || (entry.position !== null && this.store.comparePositions(entry.position, head) >= 0);
    if (!caughtUp) return;
    const previous = await this.readStore.activeVersion(entry.projection.name);
    await this.readStore.setActiveVersion(entry.projection.name, entry.projection.version);
    entry.rebuilding = false;
    if (previous !== null && previous !== entry.projection.version)
      await this.readStore.drop(collectionOf(entry.projection.name, previous));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.waiters.clear();
  }
}
