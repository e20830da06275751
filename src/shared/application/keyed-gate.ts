interface Waiting {
  readonly exclusive: boolean;
  readonly enter: () => void;
}

interface Lane {
  holders: number;
  exclusive: boolean;
  readonly waiting: Waiting[];
}

/**
 * A read-write gate per key, within this process: many `shared` passes at once, an `exclusive` one
 * alone, first come first served (a waiting exclusive pass is not starved by later shared ones).
 * Several instances of the service do not see each other's gates: see the README on closing a year.
 */
export class KeyedGate {
  private readonly lanes = new Map<string, Lane>();

  shared<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    // One order for every caller, so two passes over overlapping keys cannot wait on each other.
    const ordered = [...new Set(keys)].sort();
    const pass = (index: number): Promise<T> =>
      index === ordered.length ? work() : this.through(ordered[index], false, () => pass(index + 1));
    return pass(0);
  }

  exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.through(key, true, work);
  }

  private async through<T>(key: string, exclusive: boolean, work: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(key) ?? { holders: 0, exclusive: false, waiting: [] };
    this.lanes.set(key, lane);
    if (lane.waiting.length > 0 || !this.admits(lane, exclusive)) {
      await new Promise<void>((enter) => lane.waiting.push({ exclusive, enter }));
    } else {
      this.enter(lane, exclusive);
    }
    try {
      return await work();
    } finally {
      this.leave(key, lane);
    }
  }

  private admits(lane: Lane, exclusive: boolean): boolean {
    return lane.holders === 0 || (!exclusive && !lane.exclusive);
  }

  private enter(lane: Lane, exclusive: boolean): void {
    lane.holders += 1;
    lane.exclusive = exclusive;
  }

  private leave(key: string, lane: Lane): void {
    lane.holders -= 1;
    if (lane.holders === 0) lane.exclusive = false;
    while (lane.waiting.length > 0 && this.admits(lane, lane.waiting[0].exclusive)) {
      const next = lane.waiting.shift()!;
      this.enter(lane, next.exclusive);
      next.enter();
    }
    if (lane.holders === 0 && lane.waiting.length === 0) this.lanes.delete(key);
  }
}
