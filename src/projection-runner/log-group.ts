import type { EventStore, Position, StoredEvent, Subscription } from '../shared/event-store/event-store.port.js';

/**
 * The projections (members M) that read the log from one position: one subscription reads and parses each batch
 * once for all of them. A projection that starts elsewhere (a new version rebuilding from the start)
 * reads in a group of its own and joins the others once it reaches their position.
 */
export class LogGroup<M = unknown> {
  readonly members = new Set<M>();
  /** True while a batch is being applied: no one may join until it is committed. */
  busy = false;
  private subscription: Subscription | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly batchSize: number,
    public position: Position | null,
    private readonly apply: (group: LogGroup<M>, members: readonly M[], events: readonly StoredEvent[]) => Promise<void>,
    private readonly fail: (group: LogGroup<M>, error: unknown) => void,
    private readonly settled: (group: LogGroup<M>) => void,
  ) {}

  /** Whether a projection at `position` can read with this group from its next batch on. */
  accepts(position: Position | null): boolean {
    if (this.busy) return false;
    if (position === null || this.position === null) return position === this.position;
    return this.store.comparePositions(position, this.position) === 0;
  }

  start(): void {
    if (this.subscription !== null) return;
    this.subscription = this.store.subscribe(
      this.position,
      async (events) => {
        this.busy = true;
        try {
          await this.apply(this, [...this.members], events);
          this.position = events[events.length - 1].position;
        } finally {
          this.busy = false;
        }
        this.settled(this);
      },
      (error) => this.fail(this, error),
      { batchSize: this.batchSize },
    );
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }
}
