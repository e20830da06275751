import type { Projection } from '../../projections/projection.js';
import type { Position, StoredEvent } from '../shared/event-store/event-store.port.js';
import type { Fence } from '../shared/read-store/lease.js';
import type { DocumentChange, ReadStore } from '../shared/read-store/read-store.port.js';

/**
 * Applies one batch of the log to one projection's collection: loads the documents the batch
 * touches, folds the events over them in order, and commits the changed documents with the batch's
 * last position in one transaction. A crash before the commit leaves both the documents and the
 * checkpoint as they were, so the batch is applied again, once. Under a fence the commit also checks,
 * in that transaction, that the runner still holds the projection's lease.
 */
export async function applyBatch(
  readStore: ReadStore,
  collection: string,
  projection: Projection,
  events: readonly StoredEvent[],
  last: Position,
  fence?: Fence,
): Promise<number> {
  const handled = events.filter((e) => projection.handles.includes(e.type));
  const ids = [...new Set(handled.flatMap((e) => projection.documentIds(e)))];
  const documents = ids.length > 0 ? await readStore.load(collection, ids) : new Map<string, unknown>();
  const changes: DocumentChange[] = [];
  for (const event of handled) {
    for (const id of projection.documentIds(event)) {
      const next = projection.evolve(documents.has(id) ? documents.get(id) : null, event);
      if (next === null) documents.delete(id);
      else documents.set(id, next);
      changes.push({ id, doc: next, position: event.position, recordedAt: event.recordedAt });
    }
  }
  await readStore.commit(collection, changes, last, fence);
  return handled.length;
}
