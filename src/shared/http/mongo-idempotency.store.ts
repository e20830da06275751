import type { Db } from 'mongodb';
import type { IdempotencyStore, StoredAnswer } from './idempotency.store.js';
import {
  answerOf,
  answerUpsert,
  IDEMPOTENCY_COLLECTION,
  IDEMPOTENCY_TTL_SECONDS,
  idempotencyId,
  idempotencyTtlIndex,
  type StoredIdempotencyAnswer,
} from './mongo-idempotency-documents.js';

/**
 * First answers of keyed writes on MongoDB (READ_STORE=mongodb), shared by every instance so a retry
 * that reaches another instance still gets the first answer. Saved with a majority, journaled write:
 * the first answer goes out only once a failover cannot lose it. Expired by a TTL index.
 */
export class MongoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly db: Db,
    private readonly ttlSeconds = IDEMPOTENCY_TTL_SECONDS,
  ) {}

  async createIndexes(): Promise<void> {
    const ttl = idempotencyTtlIndex(this.ttlSeconds);
    await this.answers().createIndex(ttl.key, ttl.options);
  }

  async find(scope: string, key: string): Promise<StoredAnswer | null> {
    const stored = await this.answers().findOne({ _id: idempotencyId(scope, key) });
    return stored ? answerOf(stored) : null;
  }

  async save(scope: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.answers().updateOne({ _id: idempotencyId(scope, key) }, answerUpsert(answer, new Date()), {
      upsert: true,
      writeConcern: { w: 'majority', journal: true },
    });
  }

  /** The client is shared with the read store, which closes it. */
  close(): void {}

  private answers() {
    return this.db.collection<StoredIdempotencyAnswer>(IDEMPOTENCY_COLLECTION);
  }
}
