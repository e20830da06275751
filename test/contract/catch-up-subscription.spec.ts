import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catchUpSubscription } from '../../src/shared/event-store/catch-up-subscription.js';
import type { StoredEvent } from '../../src/shared/event-store/event-store.port.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';

describe('catch-up subscription', () => {
  it('survives a failing read of the log and delivers every event once it reads again', async () => {
    const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-sub-')), 'events.db'));
    const metadata = { actor: 'a', role: 'adviser', correlationId: 'c', causationId: 'c' };
    await store.append(
      's',
      [1, 2, 3].map((n) => ({ id: `e-${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata })),
      { expectedRevision: 'any' },
    );
    let failuresLeft = 2;
    const flaky = {
      readAll: (options: Parameters<SqliteEventStore['readAll']>[0]) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return Promise.reject(new Error('SQLITE_BUSY: database is locked'));
        }
        return store.readAll(options);
      },
    };
    const errors: unknown[] = [];
    const seen: StoredEvent[] = [];
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (done = resolve));
    const subscription = catchUpSubscription(
      flaky,
      new EventEmitter(),
      null,
      async (events) => {
        seen.push(...events);
        if (seen.length === 3) done();
      },
      (error) => errors.push(error),
    );
    await all;
    await subscription.stop();
    await store.close();
    expect(errors).toHaveLength(2);
    expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3]);
  });

  it('reads smaller batches when handling one holds the event loop too long, down to 100 events, and delivers every event in order', async () => {
    const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-sub-')), 'events.db'));
    const metadata = { actor: 'a', role: 'adviser', correlationId: 'c', causationId: 'c' };
    const events = Array.from({ length: 3_000 }, (_, n) => ({ id: `e-${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata }));
    await store.append('s', events, { expectedRevision: 'any' });
    const batches: number[] = [];
    const seen: number[] = [];
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (done = resolve));
    const subscription = catchUpSubscription(
      store,
      new EventEmitter(),
      null,
      async (batch) => {
        batches.push(batch.length);
        seen.push(...batch.map((e) => e.data.n as number));
        // 0.2 ms of work per event, as a slow fold: a batch of 1 000 holds the loop 200 ms.
        const until = performance.now() + batch.length * 0.2;
        while (performance.now() < until);
        if (seen.length === events.length) done();
      },
      undefined,
      1_000,
    );
    await all;
    await subscription.stop();
    await store.close();
    expect(seen).toEqual(events.map((_, n) => n));
    expect(batches[0]).toBe(1_000);
    // 50 ms at the pace of the first batch is 250 events; a slower moment makes it smaller, never below 100.
    for (const size of batches.slice(1, -1)) expect(size).toBeGreaterThanOrEqual(100);
    for (const size of batches.slice(1)) expect(size).toBeLessThanOrEqual(250);
  });
});
