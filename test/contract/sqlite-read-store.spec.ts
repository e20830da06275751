import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';

const change = (id: string, doc: unknown) => ({ id, doc, position: 1, recordedAt: '2026-11-27T10:00:00.000Z' });

describe('SQLite read store group commit', () => {
  it('commits the batches of several projections that arrive together, and refuses only the one that fails', async () => {
    const store = new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'daeb-rs-')), 'read-models.db'));
    // A document that cannot be serialised makes its batch fail inside the shared transaction.
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const outcomes = await Promise.allSettled([
      store.commit('modules@1', [change('m-1', { n: 1 })], 1),
      store.commit('calls@1', [change('c-1', { n: 1 }), change('c-2', circular)], 1),
      store.commit('awards@1', [change('a-1', { n: 1 })], 1),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.get('modules@1', 'm-1')).toEqual({ n: 1 });
    expect(await store.get('awards@1', 'a-1')).toEqual({ n: 1 });
    // The failed batch left neither its documents nor its checkpoint: the runner delivers it again.
    expect(await store.get('calls@1', 'c-1')).toBeNull();
    expect(await store.checkpoint('calls@1')).toBeNull();
    expect(await store.checkpoint('awards@1')).toBe(1);
    await store.close();
  });
});
