import type { StoredEvent } from '../src/shared/event-store/event-store.port.js';

/**
 * A projection is pure: which documents an event touches, and how each document evolves. The runner
 * commits the documents it changed together with its checkpoint, so each event is applied exactly once.
 * Bump `version` whenever `evolve` changes meaning: the runner then rebuilds the read model beside the
 * old one, which keeps serving until the new one has caught up.
 */
export interface Projection<D = unknown> {
  readonly name: string;
  readonly version: number;
  readonly handles: readonly string[];
  documentIds(event: StoredEvent): readonly string[];
  evolve(document: D | null, event: StoredEvent): D | null;
}

/** Narrows a stored event's data to a known event shape: projections switch on `type`. */
export function dataOf<D>(event: StoredEvent): D {
  return event.data as unknown as D;
}
