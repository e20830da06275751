import type { Projection } from '../../projections/projection.js';
import type { Position, StoredEvent } from '../shared/event-store/event-store.port.js';
import type { Fence } from '../shared/read-store/lease.js';
import { type CollectionCommit, type DocumentChange, type ReadStore, totalsCollectionOf } from '../shared/read-store/read-store.port.js';
import { RunningTotals } from './running-totals.js';

/**
 * Folds one batch of the log over one projection's collection: loads the documents the batch touches
 * and folds the events over them in order. The result is that collection's share of a commit, whose
 * documents and checkpoint are written in one transaction: a crash before it leaves both as they were,
 * so the batch is applied again, once.
 *
 * A document keeps one version per instant it changed at, not one per event: "as of" reads ask for a
 * recording time, and between two events recorded at one instant no read can stand (an import of 10 000
 * rows is one instant). The history stays exact and shrinks by the number of events per instant.
 * A projection with a tally also moves its running totals, in their own collection, in the same commit.
 */
export async function foldBatch(
  readStore: ReadStore,
  collection: string,
  projection: Projection,
  events: readonly StoredEvent[],
  last: Position,
  fence?: Fence,
): Promise<CollectionCommit[]> {
  const handles = handledTypes(projection);
  const handled = events.filter((e) => handles.has(e.type));
  const idsOf = handled.map((e) => projection.documentIds(e));
  const ids = [...new Set(idsOf.flat())];
  const documents = ids.length > 0 ? await readStore.load(collection, ids) : new Map<string, unknown>();
  const changes = new Map<string, DocumentChange>();
  const tally = projection.tally?.bind(projection);
  const totals = tally ? new RunningTotals(tally) : null;
  for (const [i, event] of handled.entries()) {
    for (const id of idsOf[i]) {
      const previous = documents.has(id) ? documents.get(id) : null;
      const next = projection.evolve(previous, event);
      totals?.record(previous, next, event.position, event.recordedAt);
      if (next === null) documents.delete(id);
      else documents.set(id, next);
      const key = `${id}\u0000${event.recordedAt}`;
      // Re-inserted at the end: the versions keep the order in which they were last changed.
      changes.delete(key);
      changes.set(key, { id, doc: next, position: event.position, recordedAt: event.recordedAt });
    }
  }
  const commit = { collection, changes: [...changes.values()], checkpoint: last, fence };
  if (!totals) return [commit];
  return [commit, await totals.commit(readStore, totalsCollectionOf(collection), last, fence)];
}

const handledSets = new WeakMap<Projection, ReadonlySet<string>>();

/** A rebuild asks this once per event per projection: a Set, not a scan of the list. */
function handledTypes(projection: Projection): ReadonlySet<string> {
  let types = handledSets.get(projection);
  if (!types) handledSets.set(projection, (types = new Set(projection.handles)));
  return types;
}
