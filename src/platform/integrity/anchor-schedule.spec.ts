import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../shared/event-store/sqlite-event-store.js';
import { AnchorSchedule } from './anchor-schedule.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c', causationId: 'c' };
const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe('the anchor schedule (real store, real anchor file)', () => {
  it('anchors after a count of events, on the interval only when the log moved, and at shutdown', async () => {
    const root = mkdtempSync(join(tmpdir(), 'daeb-schedule-'));
    const store = new SqliteEventStore(join(root, 'events.db'), undefined, { anchorDir: join(root, 'anchors') });
    const append = (id: string) =>
      store.append('s', [{ id, type: 'T', schemaVersion: 1, data: {}, metadata }], { expectedRevision: 'any' });
    const schedule = new AnchorSchedule(store, { everyEvents: 5, everyMs: 60 });
    schedule.start();

    for (const n of [1, 2, 3, 4, 5]) await append(`e-${n}`);
    await until(() => store.lastAnchor() !== null);
    expect(store.lastAnchor()).toMatchObject({ position: 6, reason: 'count' });

    await new Promise((r) => setTimeout(r, 150));
    expect(store.lastAnchor()?.position).toBe(6);
    await append('e-6');
    await until(() => store.lastAnchor()?.position !== 6);
    expect(store.lastAnchor()).toMatchObject({ position: 8, reason: 'interval' });

    await append('e-7');
    await schedule.stop();
    expect(store.lastAnchor()).toMatchObject({ position: 10, reason: 'shutdown' });
    expect(store.verifyChain()).toMatchObject({ status: 'intact', checked: 10, lastAnchor: { position: 10 } });
    await store.close();
  });
});
