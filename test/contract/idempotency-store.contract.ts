import { randomUUID } from 'node:crypto';
import type { IdempotencyStore, StoredAnswer } from '../../src/shared/http/idempotency.store.js';

export type IdempotencyTarget =
  { readonly open: () => Promise<IdempotencyStore & { dispose(): Promise<void> }> } | { readonly skipUnless: string };

const answer = (status: number, body: unknown): StoredAnswer => ({
  requestHash: `hash-${status}`,
  status,
  etag: '"3"',
  location: '/v1/mandates/m-1',
  body,
});

type Case = readonly [title: string, run: (store: IdempotencyStore, scope: string) => Promise<void>];

const CASES: readonly Case[] = [
  [
    'answers the first answer of a key exactly as saved, and nothing for an unknown key',
    async (store, scope) => {
      expect(await store.find(scope, 'k-1')).toBeNull();
      const body = { id: 'm-1', nested: { $odd: 'key', 'a.b': [1, null, 'x'] }, amountCents: 1234 };
      await store.save(scope, 'k-1', answer(201, body));
      expect(await store.find(scope, 'k-1')).toEqual(answer(201, body));
    },
  ],
  [
    'keeps the first answer when the same key is saved again',
    async (store, scope) => {
      await store.save(scope, 'k-1', answer(201, { n: 1 }));
      await store.save(scope, 'k-1', answer(409, { n: 2 }));
      expect(await store.find(scope, 'k-1')).toEqual(answer(201, { n: 1 }));
    },
  ],
  [
    'keeps keys apart per scope (one caller never sees another caller’s answer)',
    async (store, scope) => {
      await store.save(scope, 'k-1', answer(201, { who: 'a' }));
      await store.save(`${scope}-other`, 'k-1', answer(200, { who: 'b' }));
      expect((await store.find(scope, 'k-1'))?.body).toEqual({ who: 'a' });
      expect((await store.find(`${scope}-other`, 'k-1'))?.body).toEqual({ who: 'b' });
      expect(await store.find(`${scope}-third`, 'k-1')).toBeNull();
    },
  ],
  [
    'stores an answer without etag, location or body',
    async (store, scope) => {
      const bare = { requestHash: 'h', status: 204, etag: null, location: null, body: null };
      await store.save(scope, 'k-1', bare);
      expect(await store.find(scope, 'k-1')).toEqual(bare);
    },
  ],
];

/** Every idempotency store must pass this suite unchanged; a target that cannot run here lists each case as skipped. */
export function idempotencyStoreContract(adapter: string, target: IdempotencyTarget): void {
  describe(`idempotency store contract: ${adapter}`, () => {
    if ('skipUnless' in target) {
      for (const [title] of CASES) it.skip(`${title} (skipped: set ${target.skipUnless} to run it)`, () => undefined);
      return;
    }
    for (const [title, run] of CASES) {
      it(title, async () => {
        const store = await target.open();
        try {
          await run(store, `scope-${randomUUID().slice(0, 8)}`);
        } finally {
          await store.dispose();
        }
      });
    }
  });
}
