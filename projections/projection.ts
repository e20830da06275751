/**
 * What a projection reads of a stored event: a projection depends on no store, so it declares this
 * much itself; the store's events carry these fields and more.
 */
export interface ProjectedEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** ISO-8601 UTC time of the commit: documents are stamped with it for "as of" reads. */
  readonly recordedAt: string;
}

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
  documentIds(event: ProjectedEvent): readonly string[];
  evolve(document: D | null, event: ProjectedEvent): D | null;
}

/** Narrows a stored event's data to a known event shape: projections switch on `type`. */
export function dataOf<D>(event: ProjectedEvent): D {
  return event.data as unknown as D;
}
