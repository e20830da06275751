import type { Projection } from '../../projections/projection.js';
import { collectionOf } from '../shared/read-store/read-store.port.js';

/**
 * An online rebuild of the same code version builds a new generation beside the serving one. Its
 * number is kept in the read store's version table under a key of its own, so every instance reads
 * the same one; generation 0 is the collection a code version gets first, named as before.
 */
export const generationKey = (projection: string) => `${projection}#generation`;

export function generationCollection(projection: string, version: number, generation: number): string {
  return collectionOf(generation === 0 ? projection : builderName(projection, generation), version);
}

/**
 * The projection as the builder of a generation runs it: the same events and evolve under a name of
 * its own, so that its collection, checkpoint and lease are apart from the serving one's.
 */
export function builderOf(projection: Projection, generation: number): Projection {
  return {
    name: builderName(projection.name, generation),
    version: projection.version,
    handles: projection.handles,
    documentIds: (event) => projection.documentIds(event),
    evolve: (document, event) => projection.evolve(document, event),
    // The generation keeps its running totals too (beside its own collection).
    ...(projection.tally ? { tally: (document: unknown) => projection.tally!(document) } : {}),
  };
}

const builderName = (projection: string, generation: number) => `${projection}#g${generation}`;
