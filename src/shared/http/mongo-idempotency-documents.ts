import type { StoredAnswer } from './idempotency.store.js';

export const IDEMPOTENCY_COLLECTION = 'idempotency_answers';

/** A retry comes within minutes or hours; a month covers a client that retries after a weekend or a holiday. */
export const IDEMPOTENCY_TTL_SECONDS = 30 * 24 * 3600;

export interface IdempotencyId {
  readonly scope: string;
  readonly key: string;
}

export interface StoredIdempotencyAnswer {
  readonly _id: IdempotencyId;
  readonly requestHash: string;
  readonly status: number;
  readonly etag: string | null;
  readonly location: string | null;
  /** JSON text: an answer's keys may start with `$` or hold dots, which a document's own keys must not. */
  readonly body: string;
  readonly storedAt: Date;
}

/** One function builds the id: MongoDB matches an embedded document only with its fields in the same order. */
export const idempotencyId = (scope: string, key: string): IdempotencyId => ({ scope, key });

/** Inserted once: a second save of the same key (a race lost) keeps the first answer, as the SQLite store's INSERT OR IGNORE does. */
export function answerUpsert(answer: StoredAnswer, now: Date): { $setOnInsert: Omit<StoredIdempotencyAnswer, '_id'> } {
  return {
    $setOnInsert: {
      requestHash: answer.requestHash,
      status: answer.status,
      etag: answer.etag,
      location: answer.location,
      body: JSON.stringify(answer.body),
      storedAt: now,
    },
  };
}

export function answerOf(stored: StoredIdempotencyAnswer): StoredAnswer {
  return {
    requestHash: stored.requestHash,
    status: stored.status,
    etag: stored.etag,
    location: stored.location,
    body: JSON.parse(stored.body) as unknown,
  };
}

/** MongoDB's TTL monitor deletes an answer once `storedAt` is older than the time to live (checked about every minute). */
export const idempotencyTtlIndex = (ttlSeconds: number) => ({
  key: { storedAt: 1 } as const,
  options: { name: 'idempotency_ttl', expireAfterSeconds: ttlSeconds },
});
