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
});
