import { DOCUMENTS, HISTORY } from './read-store-queries.js';

export interface IndexDefinition {
  readonly collection: string;
  readonly name: string;
  readonly key: Readonly<Record<string, 1 | -1>>;
}

/**
 * The filters the read routes send (see documentQuery and the routes' readModels calls): each has an
 * index led by the projection's collection name, so a list never scans another projection's documents.
 */
const ROUTE_FILTERS: readonly (readonly string[])[] = [
  ['awardId'], // GET /awards/{id}, its modules
  ['outsourcingId'], // GET /outsourcings/{id}?asOf=
  ['year'], // indicators, plans, targets, estimates of a year
  ['year', 'product', 'status'], // GET /outsourcings?year=&product=&status=
  ['product', 'round', 'variant'], // an open offer's round when launching
  ['trainingYear', 'removed'], // the delivery export of a year
  ['removed'], // the retention sweep
];

/** Every index the MongoDB read store needs, created at start (createIndexes is a no-op for an existing one). */
export const READ_STORE_INDEXES: readonly IndexDefinition[] = [
  ...ROUTE_FILTERS.map((fields) => ({
    collection: DOCUMENTS,
    name: `by_${fields.join('_')}`,
    key: { c: 1 as const, ...Object.fromEntries(fields.map((f) => [`doc.${f}`, 1 as const])) },
  })),
  { collection: DOCUMENTS, name: 'by_collection_id', key: { c: 1, id: 1 } },
  // As of: versions of a collection grouped by document, newest first, read up to a moment.
  { collection: HISTORY, name: 'as_of', key: { c: 1, id: 1, batch: -1, ordinal: -1, recordedAt: 1 } },
  // As of for one document (running totals): its versions by recording time, newest first.
  { collection: HISTORY, name: 'one_as_of', key: { c: 1, id: 1, recordedAt: -1, batch: -1, ordinal: -1 } },
];
