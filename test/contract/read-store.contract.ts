import { randomUUID } from 'node:crypto';
import { LeaseLost } from '../../src/shared/read-store/lease.js';
import { type DocumentChange, type ReadStore, totalsCollectionOf } from '../../src/shared/read-store/read-store.port.js';

/** How a suite gets its adapter: a fresh store, or the reason it cannot run here (the variable that enables it). */
export type ContractTarget = { readonly open: () => Promise<ReadStore> } | { readonly skipUnless: string };

const change = (id: string, doc: unknown, position: number, recordedAt: string): DocumentChange => ({ id, doc, position, recordedAt });
const sorted = <D extends { id: string }>(docs: D[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));

type Case = readonly [title: string, run: (store: ReadStore, collection: string) => Promise<void>];

const CASES: readonly Case[] = [
  [
    'upserts and deletes documents and moves the checkpoint with them',
    async (store, c) => {
      expect(await store.checkpoint(c)).toBeNull();
      await store.commit(
        c,
        [change('a', { id: 'a', n: 1 }, 1, '2016-01-01T00:00:00.000Z'), change('b', { id: 'b', n: 1 }, 1, '2016-01-01T00:00:00.000Z')],
        1,
      );
      await store.commit(
        c,
        [change('a', { id: 'a', n: 2 }, 2, '2016-02-01T00:00:00.000Z'), change('b', null, 2, '2016-02-01T00:00:00.000Z')],
        2,
      );
      expect(await store.get(c, 'a')).toEqual({ id: 'a', n: 2 });
      expect(await store.get(c, 'b')).toBeNull();
      expect([...(await store.load(c, ['a', 'b', 'z'])).entries()]).toEqual([['a', { id: 'a', n: 2 }]]);
      expect(await store.checkpoint(c)).toBe(2);
    },
  ],
  [
    'answers each document as it stood at a moment ("as of"), deleted ones absent',
    async (store, c) => {
      await store.commit(c, [change('a', { id: 'a', v: 1 }, 1, '2016-01-01T00:00:00.000Z')], 1);
      await store.commit(
        c,
        [change('b', { id: 'b', v: 1 }, 2, '2016-03-01T00:00:00.000Z'), change('a', { id: 'a', v: 2 }, 2, '2016-03-01T00:00:00.000Z')],
        2,
      );
      // Two versions of one document at one instant: the later commit is the one that stood.
      await store.commit(
        c,
        [change('b', { id: 'b', v: 2 }, 3, '2016-03-01T00:00:00.000Z'), change('a', null, 3, '2016-05-01T00:00:00.000Z')],
        3,
      );
      expect(await store.findAsOf(c, '2015-12-31T23:59:59.999Z')).toEqual([]);
      expect(await store.findAsOf(c, '2016-01-01T00:00:00.000Z')).toEqual([{ id: 'a', v: 1 }]);
      expect(sorted(await store.findAsOf<{ id: string }>(c, '2016-04-01T00:00:00.000Z'))).toEqual([
        { id: 'a', v: 2 },
        { id: 'b', v: 2 },
      ]);
      expect(await store.findAsOf(c, '2016-06-01T00:00:00.000Z')).toEqual([{ id: 'b', v: 2 }]);
      expect(await store.findAsOf(c, '2016-04-01T00:00:00.000Z', { v: 2, id: 'a' })).toEqual([{ id: 'a', v: 2 }]);
    },
  ],
  [
    'answers one document as it stood at a moment, by its id, however many versions came after',
    async (store, c) => {
      await store.commit(c, [change('y', { id: 'y', v: 1 }, 1, '2016-01-01T00:00:00.000Z')], 1);
      await store.commit(c, [change('y', { id: 'y', v: 2 }, 2, '2016-03-01T00:00:00.000Z')], 2);
      // Two versions at one instant: the later commit stood.
      await store.commit(c, [change('y', { id: 'y', v: 3 }, 3, '2016-03-01T00:00:00.000Z')], 3);
      for (let p = 4; p < 24; p += 1)
        await store.commit(c, [change('y', { id: 'y', v: p }, p, `2017-01-${String(p).padStart(2, '0')}T00:00:00.000Z`)], p);
      await store.commit(c, [change('y', null, 24, '2018-01-01T00:00:00.000Z')], 24);
      expect(await store.getAsOf(c, 'y', '2015-12-31T23:59:59.999Z')).toBeNull();
      expect(await store.getAsOf(c, 'y', '2016-02-01T00:00:00.000Z')).toEqual({ id: 'y', v: 1 });
      expect(await store.getAsOf(c, 'y', '2016-03-01T00:00:00.000Z')).toEqual({ id: 'y', v: 3 });
      expect(await store.getAsOf(c, 'y', '2017-01-10T12:00:00.000Z')).toEqual({ id: 'y', v: 10 });
      expect(await store.getAsOf(c, 'y', '2018-06-01T00:00:00.000Z')).toBeNull();
      expect(await store.getAsOf(c, 'other', '2018-06-01T00:00:00.000Z')).toBeNull();
    },
  ],
  [
    'filters on the fields the routes use: numbers, strings, booleans and null (absent counts as null)',
    async (store, c) => {
      const docs = [
        { id: 'p1', trainingYear: 2016, removed: null, product: 'open-offer', innovative: true },
        { id: 'p2', trainingYear: 2016, removed: '2016-05-01', product: 'tender', innovative: false },
        { id: 'p3', trainingYear: 2017, product: 'open-offer', innovative: true },
      ];
      await store.commit(
        c,
        docs.map((d) => change(d.id, d, 1, '2016-01-01T00:00:00.000Z')),
        1,
      );
      const ids = (found: unknown[]) => (found as { id: string }[]).map((d) => d.id).sort();
      expect(ids(await store.find(c, { trainingYear: 2016, removed: null }))).toEqual(['p1']);
      expect(ids(await store.find(c, { removed: null }))).toEqual(['p1', 'p3']);
      expect(ids(await store.find(c, { product: 'open-offer', innovative: true }))).toEqual(['p1', 'p3']);
      expect(ids(await store.find(c, { innovative: false }))).toEqual(['p2']);
      expect(ids(await store.find(c, { trainingYear: '2016' }))).toEqual([]);
      const streamed: { id: string }[] = [];
      for await (const d of store.iterate<{ id: string }>(c, { trainingYear: 2016 })) streamed.push(d);
      expect(ids(streamed)).toEqual(['p1', 'p2']);
    },
  ],
  [
    'commits nothing, neither documents nor checkpoint, when the commit fails half-way',
    async (store, c) => {
      await store.commit(c, [change('a', { id: 'a', n: 1 }, 1, '2016-01-01T00:00:00.000Z')], 1);
      const poisoned = {
        ...change('b', null, 2, '2016-01-02T00:00:00.000Z'),
        get doc(): never {
          throw new Error('disk full (simulated)');
        },
      };
      await expect(store.commit(c, [change('a', { id: 'a', n: 2 }, 2, '2016-01-02T00:00:00.000Z'), poisoned], 2)).rejects.toThrow(
        /disk full/,
      );
      expect(await store.get(c, 'a')).toEqual({ id: 'a', n: 1 });
      expect(await store.checkpoint(c)).toBe(1);
      expect(await store.findAsOf(c, '2017-01-01T00:00:00.000Z')).toEqual([{ id: 'a', n: 1 }]);
    },
  ],
  [
    'grants a lease to one owner at a time, renews it, and hands it over with a higher token only once expired',
    async (store, c) => {
      const first = await store.acquireLease(c, 'one', 60_000);
      expect(first).toMatchObject({ owner: 'one', token: 1 });
      expect(await store.acquireLease(c, 'two', 60_000)).toBeNull();
      expect(await store.acquireLease(c, 'one', 60_000)).toMatchObject({ owner: 'one', token: 1 });
      await store.releaseLease(c, 'one');
      expect(await store.acquireLease(c, 'two', 60_000)).toMatchObject({ owner: 'two', token: 2 });
      expect(await store.acquireLease(c, 'one', 1)).toBeNull();
      const short = await store.acquireLease(`${c}-short`, 'one', 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await store.acquireLease(`${c}-short`, 'two', 60_000)).toMatchObject({ owner: 'two', token: short!.token + 1 });
    },
  ],
  [
    'refuses a commit fenced by a lost lease, in the same transaction as the checkpoint',
    async (store, c) => {
      const old = (await store.acquireLease(c, 'old', 1))!;
      const fence = { name: c, owner: 'old', token: old.token };
      await store.commit(c, [change('a', { id: 'a', n: 1 }, 1, '2016-01-01T00:00:00.000Z')], 1, fence);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const taker = (await store.acquireLease(c, 'new', 60_000))!;
      await expect(store.commit(c, [change('a', { id: 'a', n: 99 }, 2, '2016-01-02T00:00:00.000Z')], 2, fence)).rejects.toThrow(LeaseLost);
      expect(await store.get(c, 'a')).toEqual({ id: 'a', n: 1 });
      expect(await store.checkpoint(c)).toBe(1);
      await store.commit(c, [change('a', { id: 'a', n: 2 }, 2, '2016-01-02T00:00:00.000Z')], 2, {
        name: c,
        owner: 'new',
        token: taker.token,
      });
      expect(await store.checkpoint(c)).toBe(2);
    },
  ],
  [
    'keeps the serving version per projection and drops a collection whole',
    async (store, c) => {
      const projection = `p-${c}`;
      expect(await store.activeVersion(projection)).toBeNull();
      await store.setActiveVersion(projection, 2);
      expect(await store.activeVersion(projection)).toBe(2);
      await store.commitAll([
        { collection: c, changes: [change('a', { id: 'a' }, 1, '2016-01-01T00:00:00.000Z')], checkpoint: 1 },
        { collection: totalsCollectionOf(c), changes: [change('2016', { key: '2016' }, 1, '2016-01-01T00:00:00.000Z')], checkpoint: 1 },
      ]);
      await store.drop(c);
      expect(await store.find(c)).toEqual([]);
      expect(await store.find(totalsCollectionOf(c))).toEqual([]);
      expect(await store.getAsOf(totalsCollectionOf(c), '2016', '2017-01-01T00:00:00.000Z')).toBeNull();
      expect(await store.findAsOf(c, '2017-01-01T00:00:00.000Z')).toEqual([]);
      expect(await store.checkpoint(c)).toBeNull();
    },
  ],
];

/** Every read store adapter must pass this suite unchanged; a target that cannot run here lists each case as skipped. */
export function readStoreContract(adapter: string, target: ContractTarget): void {
  describe(`read store contract: ${adapter}`, () => {
    if ('skipUnless' in target) {
      for (const [title] of CASES) it.skip(`${title} (skipped: set ${target.skipUnless} to run it)`, () => undefined);
      return;
    }
    let store: ReadStore;
    beforeEach(async () => {
      store = await target.open();
    });
    afterEach(async () => {
      await store.close();
    });
    for (const [title, run] of CASES) it(title, () => run(store, `c-${randomUUID().slice(0, 8)}@v1`));
  });
}
