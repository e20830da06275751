import type { Counters, Tally } from '../../projections/projection.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import type { Fence } from '../shared/read-store/lease.js';
import type { CollectionCommit, DocumentChange, ReadStore } from '../shared/read-store/read-store.port.js';

/** A collection's running totals for one key (a year): the sum of every document's counters for that key. */
export interface TotalsDocument {
  readonly key: string;
  readonly counters: Counters;
}

/** How one event changed the totals: per key, the counters that moved and by how much. */
interface TotalsDelta {
  readonly byKey: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly position: Position;
  readonly recordedAt: string;
}

/**
 * Collects, event by event, how a batch moves a collection's running totals (the difference between each
 * changed document's tally before and after), then folds those differences into the totals documents
 * as the collection's documents are folded: one version per key per recording instant, for "as of" reads.
 */
export class RunningTotals<D> {
  private readonly deltas: TotalsDelta[] = [];

  constructor(private readonly tally: Tally<D>) {}

  record(before: D | null, after: D | null, position: Position, recordedAt: string): void {
    const byKey = difference(before === null ? {} : this.tally(before), after === null ? {} : this.tally(after));
    if (byKey.size > 0) this.deltas.push({ byKey, position, recordedAt });
  }

  async commit(readStore: ReadStore, collection: string, checkpoint: Position, fence?: Fence): Promise<CollectionCommit> {
    const keys = [...new Set(this.deltas.flatMap((d) => [...d.byKey.keys()]))];
    const loaded = keys.length > 0 ? await readStore.load(collection, keys) : new Map<string, unknown>();
    const totals = new Map(keys.map((key) => [key, { ...((loaded.get(key) as TotalsDocument | undefined)?.counters ?? {}) }]));
    const changes = new Map<string, DocumentChange>();
    for (const { byKey, position, recordedAt } of this.deltas) {
      for (const [key, moved] of byKey) {
        const counters = totals.get(key) as Record<string, number>;
        for (const [name, by] of moved) {
          const value = (counters[name] ?? 0) + by;
          // A counter back at zero is dropped: a holder with no standing award no longer counts as one.
          if (value === 0) delete counters[name];
          else counters[name] = value;
        }
        const versionKey = `${key}\u0000${recordedAt}`;
        changes.delete(versionKey);
        const doc: TotalsDocument = { key, counters: { ...counters } };
        changes.set(versionKey, { id: key, doc, position, recordedAt });
      }
    }
    return { collection, changes: [...changes.values()], checkpoint, fence };
  }
}

function difference(before: Readonly<Record<string, Counters>>, after: Readonly<Record<string, Counters>>) {
  const byKey = new Map<string, Map<string, number>>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key] ?? {};
    const is = after[key] ?? {};
    const moved = new Map<string, number>();
    for (const name of new Set([...Object.keys(was), ...Object.keys(is)])) {
      const by = (is[name] ?? 0) - (was[name] ?? 0);
      if (by !== 0) moved.set(name, by);
    }
    if (moved.size > 0) byKey.set(key, moved);
  }
  return byKey;
}
