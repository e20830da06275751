import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CatchUpReader, catchUpSubscription } from '../../src/shared/event-store/catch-up-subscription.js';
import type { StoredEvent } from '../../src/shared/event-store/event-store.port.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { TYPE_SCAN_WINDOW } from '../../src/shared/event-store/sqlite-typed-read.js';

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
    const flaky: CatchUpReader = async (after, limit) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('SQLITE_BUSY: database is locked');
      }
      const { events, last } = await store.readAll({ after, limit });
      return { events, reached: last };
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

  it('reads a typed subscription window by window: a long run of other events is passed without parsing it at once', async () => {
    const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-sub-')), 'events.db'));
    const metadata = { actor: 'a', role: 'adviser', correlationId: 'c', causationId: 'c' };
    const others = TYPE_SCAN_WINDOW + 5_000;
    const events = [
      { id: 'wanted-1', type: 'Wanted', schemaVersion: 1, data: {}, metadata },
      ...Array.from({ length: others }, (_, n) => ({ id: `other-${n}`, type: 'Other', schemaVersion: 1, data: { n }, metadata })),
      { id: 'wanted-2', type: 'Wanted', schemaVersion: 1, data: {}, metadata },
    ];
    const { position: head } = await store.append('s', events, { expectedRevision: 'any' });
    const calls: { ids: string[]; reached: unknown }[] = [];
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (done = resolve));
    const subscription = store.subscribe(
      null,
      async (batch, reached) => {
        calls.push({ ids: batch.map((e) => e.id), reached });
        if (reached === head) done();
      },
      undefined,
      { types: ['Wanted'] },
    );
    await all;
    await subscription.stop();
    await store.close();
    expect(calls).toEqual([
      { ids: ['wanted-1'], reached: TYPE_SCAN_WINDOW },
      { ids: ['wanted-2'], reached: head },
    ]);
  });
});
