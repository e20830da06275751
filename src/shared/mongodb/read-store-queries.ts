import type { Position } from '../event-store/event-store.port.js';
import type { DocumentChange, Filter } from '../read-store/read-store.port.js';

/** Collection names of the read store's database. */
export const DOCUMENTS = 'documents';
export const HISTORY = 'document_history';
export const CHECKPOINTS = 'checkpoints';
export const VERSIONS = 'projection_versions';
export const LEASES = 'leases';

/** A projection's document as stored: one MongoDB collection holds every projection's, keyed by both names. */
export interface StoredDocument {
  readonly _id: string;
  readonly c: string;
  readonly id: string;
  readonly doc: unknown;
}

/** One committed version, for "as of": `batch` (the collection's commit count) and `ordinal` order versions at one instant. */
export interface StoredVersion {
  readonly c: string;
  readonly id: string;
  readonly recordedAt: string;
  readonly batch: number;
  readonly ordinal: number;
  readonly doc: unknown;
}

export const documentKey = (collection: string, id: string): string => JSON.stringify([collection, id]);

/** A route's filter on a projection's documents: top-level fields, null matching an absent field as on SQLite. */
export function documentQuery(collection: string, filter: Filter = {}): Record<string, unknown> {
  return { c: collection, ...fieldsOf(filter, 'doc.') };
}

function fieldsOf(filter: Filter, prefix: string): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(filter)) {
    // The same rule as the SQLite adapter: a field name never reaches the database as an operator or a path.
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`unsupported filter field ${field}`);
    query[`${prefix}${field}`] = value;
  }
  return query;
}

type DocumentWrite =
  | { readonly deleteOne: { readonly filter: { readonly _id: string } } }
  | { readonly replaceOne: { readonly filter: { readonly _id: string }; readonly replacement: StoredDocument; readonly upsert: true } };

/** The bulk writes of one batch: its last change per document wins, as in the order they were made. */
export function documentWrites(collection: string, changes: readonly DocumentChange[]): DocumentWrite[] {
  return changes.map((change) => {
    const _id = documentKey(collection, change.id);
    return change.doc === null
      ? { deleteOne: { filter: { _id } } }
      : { replaceOne: { filter: { _id }, replacement: { _id, c: collection, id: change.id, doc: change.doc }, upsert: true } };
  });
}

export function historyVersions(collection: string, changes: readonly DocumentChange[], batch: number): StoredVersion[] {
  return changes.map((change, ordinal) => ({
    c: collection,
    id: change.id,
    recordedAt: change.recordedAt,
    batch,
    ordinal,
    doc: change.doc,
  }));
}

/** Moves the checkpoint and counts the commit, whose number orders the batch's versions. */
export const checkpointUpdate = (checkpoint: Position) => ({ $set: { position: checkpoint }, $inc: { commits: 1 } });

/** One document's version recorded last at or before a moment (commit order breaks a tie), as on SQLite. */
export const ONE_AS_OF_ORDER = { recordedAt: -1, batch: -1, ordinal: -1 } as const;

/**
 * Each document's last version recorded at or before `asOf`, then the route's filter on it. The sort
 * matches the history index, so the group reads each document's versions newest first.
 */
export function asOfPipeline(collection: string, asOf: string, filter: Filter = {}): Record<string, unknown>[] {
  return [
    { $match: { c: collection, recordedAt: { $lte: asOf } } },
    { $sort: { id: 1, batch: -1, ordinal: -1 } },
    { $group: { _id: '$id', doc: { $first: '$doc' } } },
    { $match: { doc: { $ne: null }, ...fieldsOf(filter, 'doc.') } },
    { $sort: { _id: 1 } },
  ];
}
