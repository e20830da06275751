import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AggregateRepository } from '../../src/shared/application/aggregate-repository.js';
import type { Aggregate } from '../../src/shared/domain/decider.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';

type SeatTaken = { readonly type: 'SeatTaken'; readonly data: { readonly seat: number } };
/** Numbered seats: each command takes the next one, so a decision on a stale state would take a seat twice. */
const seats: Aggregate<{ readonly type: 'TakeSeat' }, number, SeatTaken> = {
  decider: {
    initialState: 0,
    evolve: (taken, event) => Math.max(taken, event.data.seat),
    decide: (_command, taken) => [{ type: 'SeatTaken', data: { seat: taken + 1 } }],
  },
  schemaVersions: { SeatTaken: 1 },
};

describe('aggregate repository on the group-committing SQLite store', () => {
  it('lets many concurrent commands on one stream each decide on its predecessor, none losing a race', async () => {
    const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-turns-')), 'events.db'));
    const repository = new AggregateRepository(store);
    const context = (n: number) => ({
      principal: { sub: 'ann', role: 'adviser' as const, org: null },
      correlationId: `c-${n}`,
      causationId: `c-${n}`,
      expectedRevision: null,
    });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) => repository.execute('room-1', seats, { type: 'TakeSeat' }, context(n))),
    );
    const taken = results.flatMap((r) => r.events.map((e) => e.data.seat)).sort((a, b) => a - b);
    expect(taken).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await store.readStream('room-1')).map((e) => e.data.seat)).toEqual(taken);
    await store.close();
  });
});
