import type { DomainEvent } from '../src/shared/domain/decider.js';

/**
 * What a projection reads of a stored event: a projection depends on no store, so it declares this
 * much itself; the store's events carry these fields and more.
 */
export interface ProjectedEvent<T extends string = string, D = Readonly<Record<string, unknown>>> {
  readonly type: T;
  readonly data: D;
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
  /** What a document adds to running totals, per key (see Tally); absent when the collection keeps none. */
  tally?(document: D): ReturnType<Tally<D>>;
}

/** Named counters; a counter that is absent is zero. */
export type Counters = Readonly<Record<string, number>>;

/**
 * What one document adds to its collection's running totals, per key (a year): the runner keeps, beside
 * the documents, the sum of every document's counters per key, changed by the difference between a
 * document's counters before and after each event. A read of a year's totals is then one document,
 * whatever the length of the history (issue 9). Counters must be sums over documents: a figure that is
 * not one (a count of distinct holders) keeps one counter per member and counts those above zero.
 */
export type Tally<D> = (document: D) => Readonly<Record<string, Counters>>;

/** A stored event of one of the types of E, its data in that type's (current, upcast) shape; a union on `type`. */
export type StoredOf<E extends DomainEvent, T extends E['type'] = E['type']> = T extends E['type']
  ? ProjectedEvent<T, Extract<E, { type: T }>['data']>
  : never;

/** One handler per event type the projection reads: the map is the only list, so `handles` cannot drift from it. */
export type ProjectionHandlers<D, E extends DomainEvent> = {
  readonly [T in E['type']]: (document: D | null, event: StoredOf<E, T>) => D | null;
};

export interface ProjectionDefinition<D, E extends DomainEvent> {
  readonly name: string;
  readonly version: number;
  documentIds(event: StoredOf<E>): readonly string[];
  readonly on: ProjectionHandlers<D, E>;
  readonly tally?: Tally<D>;
}

/** Builds a projection from its handler map: `handles` are the map's keys, `evolve` dispatches on them. */
export function defineProjection<D, E extends DomainEvent>(definition: ProjectionDefinition<D, E>): Projection<D> {
  const { name, version, on, tally } = definition;
  const handlers = on as unknown as Readonly<Record<string, (document: D | null, event: ProjectedEvent) => D | null>>;
  return {
    name,
    version,
    handles: Object.keys(on),
    documentIds: (event) => definition.documentIds(event as StoredOf<E>),
    // An event this projection does not read leaves the document as it is (the runner never passes one).
    evolve: (document, event) => (Object.hasOwn(handlers, event.type) ? handlers[event.type](document, event) : document),
    ...(tally ? { tally } : {}),
  };
}

/** A handler for an event that only changes a document already there: before its first event there is nothing to change. */
export function onExisting<D, S>(change: (document: D, event: S) => D): (document: D | null, event: S) => D | null {
  return (document, event) => (document === null ? null : change(document, event));
}
