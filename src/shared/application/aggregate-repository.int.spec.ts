import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAnchorDir } from '../../config/config.js';
import { TEST_AUDIT_KEY } from '../../../test/support/test-app.js';
import type { Aggregate, DomainEvent } from '../domain/decider.js';
import { ruleBroken } from '../domain/domain-error.js';
import { systemClock } from '../time/clock.js';
import { SqliteEventStore } from '../event-store/sqlite-event-store.js';
import { AggregateRepository } from './aggregate-repository.js';
import type { CommandContext } from './command-context.js';

type Added = DomainEvent<'Added', { readonly item: string }>;
type Add = { readonly item: string };

/** A list that refuses a duplicate: a retry decided anew would be refused, so only a replay answers it. */
const list: Aggregate<Add, readonly string[], Added> = {
  decider: {
    initialState: [],
    evolve: (items, event) => [...items, event.data.item],
    decide: ({ item }, items) => {
      if (items.includes(item)) throw ruleBroken('DUPLICATE', `${item} is there already`, 'item');
      return [{ type: 'Added', data: { item } }];
    },
  },
  schemaVersions: { Added: 1 },
};

const context = (idempotencyKey?: string): CommandContext => ({
  principal: { sub: 'spec', role: 'adviser', org: null },
  correlationId: 'c',
  causationId: 'c',
  expectedRevision: null,
  idempotencyKey,
});

function twoProcessesOnOneStore() {
  const dir = mkdtempSync(join(tmpdir(), 'daeb-repo-'));
  const open = () =>
    new SqliteEventStore(join(dir, 'events.db'), systemClock, { auditKey: TEST_AUDIT_KEY, anchorDir: defaultAnchorDir(dir) });
  const stores = [open(), open()];
  return { stores, repositories: stores.map((store) => new AggregateRepository(store)) };
}

describe('AggregateRepository with folded states kept between writes', () => {
  it('folds in what another process appended since its own last write', async () => {
    const {
      stores,
      repositories: [first, second],
    } = twoProcessesOnOneStore();
    await first.execute('list-1', list, { item: 'a' }, context());
    await second.execute('list-1', list, { item: 'b' }, context());
    const third = await first.execute('list-1', list, { item: 'c' }, context());
    expect(third.revision).toBe(2);
    await expect(first.execute('list-1', list, { item: 'b' }, context())).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect((await first.load('list-1', list)).state).toEqual(['a', 'b', 'c']);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('answers a keyed retry with the events it appended before, whichever process appended them', async () => {
    const {
      stores,
      repositories: [first, second],
    } = twoProcessesOnOneStore();
    await first.execute('list-2', list, { item: 'a' }, context());
    const original = await second.execute('list-2', list, { item: 'b' }, context('key-b'));
    await first.execute('list-2', list, { item: 'c' }, context());
    const retried = await first.execute('list-2', list, { item: 'b' }, context('key-b'));
    expect(retried).toEqual({ ...original, events: [{ type: 'Added', data: { item: 'b' } }] });
    expect((await stores[0].readStream('list-2')).length).toBe(3);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('keeps each of concurrent writes to one stream apart, the loser folding the winner in', async () => {
    const {
      stores,
      repositories: [first],
    } = twoProcessesOnOneStore();
    const items = Array.from({ length: 6 }, (_, i) => `item-${i}`);
    const results = await Promise.allSettled(items.map((item) => first.execute('list-3', list, { item }, context())));
    const written = results.filter((r) => r.status === 'fulfilled').length;
    expect((await first.load('list-3', list)).state).toHaveLength(written);
    expect((await first.execute('list-3', list, { item: 'last' }, context())).revision).toBe(written);
    await Promise.all(stores.map((s) => s.close()));
  });
});
