import type { ClientSession, Db, MongoClient } from 'mongodb';
import type { Position } from '../event-store/event-store.port.js';
import { type Fence, type Lease, LeaseLost } from '../read-store/lease.js';
import {
  type CollectionCommit,
  type DocumentChange,
  type Filter,
  type ReadStore,
  totalsCollectionOf,
} from '../read-store/read-store.port.js';
import { fenceFilter, leaseOf, leaseUpdate, type StoredLease } from './lease-update.js';
import { READ_STORE_INDEXES } from './read-store-indexes.js';
import {
  asOfPipeline,
  CHECKPOINTS,
  checkpointUpdate,
  DOCUMENTS,
  documentQuery,
  documentWrites,
  HISTORY,
  historyVersions,
  LEASES,
  ONE_AS_OF_ORDER,
  type StoredDocument,
  type StoredVersion,
  VERSIONS,
} from './read-store-queries.js';

interface StoredCheckpoint {
  readonly _id: string;
  readonly position: Position;
  readonly commits: number;
}

/**
 * Read models on MongoDB (a replica set: transactions need one). A batch's document writes, its
 * versions for "as of" and its checkpoint commit in one multi-document transaction: were they written
 * apart, a crash between the documents and the checkpoint would apply the batch again on restart and
 * count its events twice (a participant, a euro); the checkpoint alone would lose them.
 */
export class MongoReadStore implements ReadStore {
  private readonly db: Db;

  constructor(
    private readonly client: MongoClient,
    database: string,
  ) {
    this.db = client.db(database);
  }

  async createIndexes(): Promise<void> {
    for (const index of READ_STORE_INDEXES) await this.db.collection(index.collection).createIndex(index.key, { name: index.name });
  }

  async checkpoint(collection: string): Promise<Position | null> {
    return (await this.db.collection<StoredCheckpoint>(CHECKPOINTS).findOne({ _id: collection }))?.position ?? null;
  }

  async load(collection: string, ids: readonly string[]): Promise<Map<string, unknown>> {
    const found = await this.db
      .collection<StoredDocument>(DOCUMENTS)
      .find({ c: collection, id: { $in: [...ids] } })
      .toArray();
    return new Map(found.map((d) => [d.id, d.doc]));
  }

  async commit(collection: string, changes: readonly DocumentChange[], checkpoint: Position, fence?: Fence): Promise<void> {
    await this.commitAll([{ collection, changes, checkpoint, fence }]);
  }

  async commitAll(commits: readonly CollectionCommit[]): Promise<void> {
    await this.inTransaction(async (session) => {
      for (const { fence } of commits) {
        if (!fence) continue;
        // A write, not a read: a takeover committing at the same time then conflicts with this
        // transaction instead of slipping past a snapshot that still shows the old owner.
        const held = await this.db.collection<StoredLease>(LEASES).updateOne(fenceFilter(fence), { $inc: { commits: 1 } }, { session });
        if (held.matchedCount === 0) {
          const current = await this.db.collection<StoredLease>(LEASES).findOne({ _id: fence.name }, { session });
          throw new LeaseLost(fence, current);
        }
      }
      for (const { collection, changes, checkpoint } of commits) {
        const moved = await this.db
          .collection<StoredCheckpoint>(CHECKPOINTS)
          .findOneAndUpdate({ _id: collection }, checkpointUpdate(checkpoint), { upsert: true, returnDocument: 'after', session });
        if (changes.length === 0) continue;
        await this.db.collection<StoredDocument>(DOCUMENTS).bulkWrite(documentWrites(collection, changes), { ordered: true, session });
        await this.db.collection<StoredVersion>(HISTORY).insertMany(historyVersions(collection, changes, moved?.commits ?? 1), { session });
      }
    });
  }

  async get<D>(collection: string, id: string): Promise<D | null> {
    return ((await this.db.collection<StoredDocument>(DOCUMENTS).findOne({ c: collection, id }))?.doc as D | undefined) ?? null;
  }

  async find<D>(collection: string, filter?: Filter): Promise<D[]> {
    const found = await this.db.collection<StoredDocument>(DOCUMENTS).find(documentQuery(collection, filter)).sort({ id: 1 }).toArray();
    return found.map((d) => d.doc as D);
  }

  async *iterate<D>(collection: string, filter?: Filter): AsyncIterable<D> {
    const cursor = this.db.collection<StoredDocument>(DOCUMENTS).find(documentQuery(collection, filter)).sort({ id: 1 });
    try {
      for await (const d of cursor) yield d.doc as D;
    } finally {
      await cursor.close();
    }
  }

  async findAsOf<D>(collection: string, asOf: string, filter?: Filter): Promise<D[]> {
    const found = await this.db
      .collection<StoredVersion>(HISTORY)
      .aggregate<{ doc: D }>(asOfPipeline(collection, asOf, filter), { allowDiskUse: true })
      .toArray();
    return found.map((d) => d.doc);
  }

  async getAsOf<D>(collection: string, id: string, asOf: string): Promise<D | null> {
    const version = await this.db
      .collection<StoredVersion>(HISTORY)
      .findOne({ c: collection, id, recordedAt: { $lte: asOf } }, { sort: ONE_AS_OF_ORDER });
    return (version?.doc as D | null | undefined) ?? null;
  }

  async drop(collection: string): Promise<void> {
    const both = { $in: [collection, totalsCollectionOf(collection)] };
    await this.inTransaction(async (session) => {
      await this.db.collection(DOCUMENTS).deleteMany({ c: both }, { session });
      await this.db.collection(HISTORY).deleteMany({ c: both }, { session });
      await this.db.collection<StoredCheckpoint>(CHECKPOINTS).deleteMany({ _id: both }, { session });
    });
  }

  async activeVersion(projection: string): Promise<number | null> {
    return (await this.db.collection<{ _id: string; version: number }>(VERSIONS).findOne({ _id: projection }))?.version ?? null;
  }

  async setActiveVersion(projection: string, version: number): Promise<void> {
    await this.db
      .collection<{ _id: string; version: number }>(VERSIONS)
      .updateOne({ _id: projection }, { $set: { version } }, { upsert: true });
  }

  async acquireLease(name: string, owner: string, ttlMs: number): Promise<Lease | null> {
    try {
      const stored = await this.db
        .collection<StoredLease>(LEASES)
        .findOneAndUpdate({ _id: name }, leaseUpdate(owner, ttlMs), { upsert: true, returnDocument: 'after' });
      return leaseOf(stored, owner);
    } catch (error) {
      // Two first requests both upserting: the one that lost the insert race did not get the lease.
      if ((error as { code?: number }).code === 11000) return null;
      throw error;
    }
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    // Expired, not deleted: the next owner's token must stay above every earlier one.
    await this.db.collection<StoredLease>(LEASES).updateOne({ _id: name, owner }, { $set: { expiresAt: new Date(0) } });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async inTransaction(work: (session: ClientSession) => Promise<void>): Promise<void> {
    const session = this.client.startSession();
    try {
      await session.withTransaction(work, { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority', journal: true } });
    } finally {
      await session.endSession();
    }
  }
}
