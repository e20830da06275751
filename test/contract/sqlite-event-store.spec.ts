import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { eventStoreContract } from './event-store.contract.js';

const freshFile = () => join(mkdtempSync(join(tmpdir(), 'daeb-es-')), 'events.db');

eventStoreContract('SQLite', async () => new SqliteEventStore(freshFile()));

describe('SQLite event store durability and integrity', () => {
  it('keeps an acknowledged append after the process is killed with SIGKILL', () => {
    const file = freshFile();
    // The child commits with the store's pragmas, acknowledges, then dies before any orderly shutdown.
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      import Database from 'better-sqlite3';
      const db = new Database(${JSON.stringify(file)});
      db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
      db.exec('CREATE TABLE t (v TEXT)');
      db.prepare('INSERT INTO t VALUES (?)').run('acknowledged');
      process.stdout.write('ack');
      process.kill(process.pid, 'SIGKILL');
    `,
      ],
      { cwd: process.cwd(), encoding: 'utf8' },
    );
    expect(child.stdout).toBe('ack');
    expect(child.signal).toBe('SIGKILL');
    const store = new SqliteEventStore(file);
    expect(store.db.prepare('SELECT v FROM t').all()).toEqual([{ v: 'acknowledged' }]);
  });

  it('detects a row altered after the fact through the MAC chain', async () => {
    const store = new SqliteEventStore(freshFile());
    const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c', causationId: 'c' };
    await store.append(
      's',
      [1, 2, 3].map((n) => ({ id: `e-${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata })),
      { expectedRevision: 'any' },
    );
    expect(store.verifyChain()).toMatchObject({ valid: true, checked: 3, firstBrokenPosition: null });
    store.db.prepare(`UPDATE events SET data = '{"n":20}' WHERE id = 'e-2'`).run();
    expect(store.verifyChain()).toMatchObject({ valid: false, checked: 1, firstBrokenPosition: 2 });
    await store.close();
  });
});
