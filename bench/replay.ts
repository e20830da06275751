import type { Projection } from '../projections/projection.js';
import type { EventStore } from '../src/shared/event-store/event-store.port.js';

const BATCH = 5_000;

/**
 * The yardstick: what "as of" would cost without document versions. Reads the whole log from the
 * start and folds every event recorded up to `asOf` through the projections in memory.
 */
export async function replayUpTo(store: EventStore, asOf: string, projections: readonly Projection[]): Promise<Map<string, unknown[]>> {
  const documents = new Map(projections.map((p) => [p.name, new Map<string, unknown>()]));
  let after = null;
  for (;;) {
    const batch = await store.readAll({ after, limit: BATCH });
    if (batch.events.length === 0) break;
    for (const event of batch.events) {
      // The log is in commit order, and recording times only grow with it: stop at the first later one.
      if (event.recordedAt > asOf) return collect(documents);
      for (const projection of projections) {
        if (!projection.handles.includes(event.type)) continue;
        const byId = documents.get(projection.name)!;
        for (const id of projection.documentIds(event)) {
          const next = projection.evolve(byId.get(id) ?? null, event);
          if (next === null) byId.delete(id);
          else byId.set(id, next);
        }
      }
    }
    after = batch.last;
  }
  return collect(documents);
}

const collect = (documents: Map<string, Map<string, unknown>>) => new Map([...documents].map(([name, byId]) => [name, [...byId.values()]]));
