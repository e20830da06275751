import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { WrongExpectedRevision } from '../../src/shared/event-store/errors.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c-1', causationId: 'c-1' };
const event = (type: string) => ({ id: randomUUID(), type, schemaVersion: 1, data: {}, metadata });

/**
 * Group commit on SQLite: a second connection looks into the log each time the store reads its clock,
 * which it does inside each append's part of the transaction. Appends committed one by one would see
 * their predecessors there; appends of one group see nothing until the group commits.
 */
describe('SQLite event store group commit', () => {
  it('commits concurrent appends to different streams in one transaction, with a chain that verifies', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'daeb-gc-')), 'events.db');
    const seenCommitted: number[] = [];
    let observer: Database.Database | null = null;
    const clock = {
      now: () => {
        if (observer) seenCommitted.push(observer.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events').get()?.n ?? -1);
        return new Date('2026-11-27T10:00:00Z');
      },
    };
    const store = new SqliteEventStore(file, clock);
    observer = new Database(file, { readonly: true });

    const results = await Promise.allSettled([
      store.append('a', [event('A')], { expectedRevision: 'no-stream' }),
      store.append('b', [event('B1'), event('B2')], { expectedRevision: 'no-stream' }),
      store.append('a', [event('A-again')], { expectedRevision: 'no-stream' }),
      store.append('c', [event('C')], { expectedRevision: 'no-stream' }),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results[2].status === 'rejected' && results[2].reason).toBeInstanceOf(WrongExpectedRevision);
    expect(seenCommitted).toEqual([0, 0, 0]);
    expect(observer.prepare('SELECT type FROM events ORDER BY position').pluck().all()).toEqual(['A', 'B1', 'B2', 'C']);
    expect(store.verifyChain()).toMatchObject({ valid: true, checked: 4 });

    await store.append('d', [event('D')], { expectedRevision: 'no-stream' });
    expect(seenCommitted).toEqual([0, 0, 0, 4]);
    observer.close();
    await store.close();
  });

  it('lets a writer to a stream decide on the appends of its group, and commits them together', async () => {
    const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-gc-')), 'events.db'));
    // Read, decide, append, ten times in one turn of the event loop, each issued once the previous one
    // is (as the aggregate repository passes the turn on a stream): none conflicts.
    const write = (n: number) => {
      const revision = store.db.prepare('SELECT MAX(revision) FROM events WHERE stream = ?').pluck().get('module-1') as number | null;
      return store.append('module-1', [event(`P${n}`)], { expectedRevision: revision ?? 'no-stream' });
    };
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => write(n)));
    expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await store.readStream('module-1')).toHaveLength(10);
    expect(store.verifyChain()).toMatchObject({ valid: true, checked: 10 });
    await store.close();
  });

  it('still answers one append at a time as the only member of its group', async () => {
    const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-gc-')), 'events.db'));
    const first = await store.append('s', [event('A')], { expectedRevision: 'no-stream' });
    const second = await store.append('s', [event('B')], { expectedRevision: first.revision });
    expect(second.revision).toBe(1);
    expect(store.verifyChain()).toMatchObject({ valid: true, checked: 2 });
    await store.close();
  });
});
