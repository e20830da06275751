import type { Position } from '../event-store/event-store.port.js';
import type { Fence, Lease } from './lease.js';

export interface DocumentChange {
  readonly id: string;
  /** null deletes the document. */
  readonly doc: unknown;
  readonly position: Position;
  /** When the event that caused the change was recorded: the key of "as of" reads. */
  readonly recordedAt: string;
}

/** One collection's share of a commit: its changes, its new checkpoint and the lease it writes under. */
export interface CollectionCommit {
  readonly collection: string;
  readonly changes: readonly DocumentChange[];
  readonly checkpoint: Position;
  readonly fence?: Fence;
}

export type Filter = Readonly<Record<string, string | number | boolean | null>>;

/**
 * The read side's port: documents per collection, each collection (a projection at one version) with
 * its own checkpoint, and the leases that let one runner at a time write a collection. Embedded on
 * SQLite (sqlite-read-store.ts) or on MongoDB (src/shared/mongodb/); test/contract/read-store.contract.ts
 * is what both must pass.
 */
export interface ReadStore {
  checkpoint(collection: string): Promise<Position | null>;
  load(collection: string, ids: readonly string[]): Promise<Map<string, unknown>>;
  /**
   * Writes the documents and moves the checkpoint in one transaction. Under a `fence`, the lease is
   * checked in that same transaction: a runner that lost it commits nothing (LeaseLost).
   */
  commit(collection: string, changes: readonly DocumentChange[], checkpoint: Position, fence?: Fence): Promise<void>;
  /**
   * Several collections' commits in one transaction, all or none: one batch of the log applied to
   * every projection that reads it. A fence that no longer holds refuses the whole commit (LeaseLost,
   * naming that fence), so the runner can drop that projection and commit the others again.
   */
  commitAll(commits: readonly CollectionCommit[]): Promise<void>;
  get<D>(collection: string, id: string): Promise<D | null>;
  /** Documents whose top-level fields equal the filter's values. */
  find<D>(collection: string, filter?: Filter): Promise<D[]>;
  /**
   * Documents one at a time, for exports too large to hold in memory (a year of participants). The
   * read does not block the projection runner's writes while it streams.
   */
  iterate<D>(collection: string, filter?: Filter): AsyncIterable<D>;
  /** The documents as they were after every event recorded at or before `asOf` (ISO timestamp). */
  findAsOf<D>(collection: string, asOf: string, filter?: Filter): Promise<D[]>;
  /** One document as it was after every event recorded at or before `asOf`: a lookup, not a scan of the history. */
  getAsOf<D>(collection: string, id: string, asOf: string): Promise<D | null>;
  /** Removes a collection (documents, history, checkpoint) and its running totals (totalsCollectionOf). */
  drop(collection: string): Promise<void>;
  activeVersion(projection: string): Promise<number | null>;
  setActiveVersion(projection: string, version: number): Promise<void>;
  /** Takes, renews or fails to get (null) the lease `name` for `owner`; see nextLease. */
  acquireLease(name: string, owner: string, ttlMs: number): Promise<Lease | null>;
  /** Gives the lease up at once (an orderly stop), so another instance need not wait for its expiry. */
  releaseLease(name: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

export const READ_STORE = Symbol('READ_STORE');

export const collectionOf = (projection: string, version: number) => `${projection}@v${version}`;

/** Where a collection's running totals are kept (projections/projection.ts, Tally): they live and die with it. */
export const totalsCollectionOf = (collection: string) => `${collection}#totals`;
