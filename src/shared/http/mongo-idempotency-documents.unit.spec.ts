import { answerOf, answerUpsert, IDEMPOTENCY_TTL_SECONDS, idempotencyId, idempotencyTtlIndex } from './mongo-idempotency-documents.js';

const answer = { requestHash: 'h', status: 201, etag: '"1"', location: '/v1/x/1', body: { $id: 'odd', 'a.b': [1, null] } };

describe('MongoDB idempotency documents', () => {
  it('builds the id with scope before key, so that equal ids match', () => {
    expect(Object.keys(idempotencyId('s', 'k'))).toEqual(['scope', 'key']);
  });

  it('inserts an answer once, its body as JSON text, and reads it back unchanged', () => {
    const now = new Date('2026-11-27T10:00:00.000Z');
    const update = answerUpsert(answer, now);
    expect(Object.keys(update)).toEqual(['$setOnInsert']);
    expect(update.$setOnInsert.body).toBe(JSON.stringify(answer.body));
    expect(update.$setOnInsert.storedAt).toBe(now);
    expect(answerOf({ _id: idempotencyId('s', 'k'), ...update.$setOnInsert })).toEqual(answer);
  });

  it('expires answers by a TTL index on the time they were stored', () => {
    expect(idempotencyTtlIndex(IDEMPOTENCY_TTL_SECONDS)).toEqual({
      key: { storedAt: 1 },
      options: { name: 'idempotency_ttl', expireAfterSeconds: 30 * 24 * 3600 },
    });
  });
});
