import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';
import { type BenchRow, higherIsBetter, timed } from './report.js';

/**
 * The event store against two yardsticks in the same process: bare better-sqlite3 inserts committed with
 * the same durability (WAL, synchronous=FULL, one transaction per append or per batch), and the nearest
 * TypeScript peer, Emmett's SQLite event store (its own defaults: a rollback journal, synchronous=FULL,
 * which is what its users get). Same events, same counts, one after the other.
 */
const metadata = { actor: 'bench', role: 'adviser', correlationId: 'bench', causationId: 'bench' };
const BATCH = 100;

export async function storeBench(quick: boolean): Promise<BenchRow[]> {
  const singles = quick ? 500 : 3000;
  const batches = quick ? 50 : 300;
  const readLength = quick ? 10_000 : 50_000;
  const folder = mkdtempSync(join(tmpdir(), 'daeb-bench-store-'));
  const raw = rawStore(join(folder, 'raw.db'));
  const ours = new SqliteEventStore(join(folder, 'events.db'));
  const peer = getSQLiteEventStore({ fileName: join(folder, 'emmett.db'), schema: { autoMigration: 'CreateOrUpdate' } });
  const event = (n: number) => ({ type: 'ParticipantCounted', data: { n, note: 'a participant registered in a module' } });
  try {
    const rawSingle = await perSecond(singles, (i) => raw.insert(`raw-${i}`, [event(i)]));
    const ourSingle = await perSecond(singles, (i) =>
      ours.append(`single-${i}`, [{ id: randomUUID(), schemaVersion: 1, metadata, ...event(i) }], { expectedRevision: 'no-stream' }),
    );
    const peerSingle = await perSecond(singles, (i) => retried(() => peer.appendToStream(`single-${i}`, [event(i)])));

    const many = (i: number) => Array.from({ length: BATCH }, (_, k) => event(i * BATCH + k));
    const rawBatch = BATCH * (await perSecond(batches, (i) => raw.insert(`raw-batch-${i}`, many(i))));
    const ourBatch =
      BATCH *
      (await perSecond(batches, (i) =>
        ours.append(
          `batch-${i}`,
          many(i).map((e) => ({ id: randomUUID(), schemaVersion: 1, metadata, ...e })),
          { expectedRevision: 'no-stream' },
        ),
      ));
    const peerBatch = BATCH * (await perSecond(batches, (i) => retried(() => peer.appendToStream(`batch-${i}`, many(i)))));

    // One long stream each, then read whole: events per second.
    for (let i = 0; i < readLength / 1000; i += 1) {
      const chunk = Array.from({ length: 1000 }, (_, k) => event(i * 1000 + k));
      await ours.append(
        'long',
        chunk.map((e) => ({ id: randomUUID(), schemaVersion: 1, metadata, ...e })),
        { expectedRevision: 'any' },
      );
      await retried(() => peer.appendToStream('long', chunk));
    }
    const ourRead = readLength / ((await timed(() => ours.readStream('long'))).ms / 1000);
    const peerRead = readLength / ((await timed(() => peer.readStream('long'))).ms / 1000);

    const versus = (figure: string, value: number, name: string, yardstick: number, goal?: number): BenchRow => {
      const ratio = higherIsBetter(value, yardstick);
      return {
        section: 'event store',
        figure,
        value,
        unit: 'events/s',
        yardstick: { name, value: yardstick },
        ratio,
        ...(goal === undefined ? {} : { goal: `≥ ${goal}`, met: ratio >= goal }),
      };
    };
    return [
      versus('single appends', ourSingle, 'raw insert, same durability', rawSingle, 0.7),
      versus(`batches of ${BATCH}`, ourBatch, 'raw insert, same durability', rawBatch, 0.7),
      versus('single appends', ourSingle, 'Emmett SQLite', peerSingle, 1),
      versus(`batches of ${BATCH}`, ourBatch, 'Emmett SQLite', peerBatch, 1),
      versus(`readStream (${readLength} events)`, ourRead, 'Emmett SQLite', peerRead, 1),
    ];
  } finally {
    await ours.close();
    raw.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Bare inserts of the same rows (id, stream, revision, type, JSON data and metadata), one transaction per call. */
function rawStore(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT UNIQUE, stream TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT)',
  );
  const insert = db.prepare('INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAll = db.transaction((stream: string, events: readonly { type: string; data: object }[]) =>
    events.forEach((e, revision) => insert.run(randomUUID(), stream, revision, e.type, JSON.stringify(e.data), JSON.stringify(metadata))),
  );
  return { insert: insertAll, close: () => db.close() };
}

/**
 * Emmett's store (node-sqlite3 under it) now and then refuses a commit with SQLITE_BUSY "SQL statements in
 * progress" on its own single connection; the benchmark tries that call again, its time counted.
 */
async function retried<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    }
  }
}

async function perSecond(count: number, run: (i: number) => unknown): Promise<number> {
  const { ms } = await timed(async () => {
    for (let i = 0; i < count; i += 1) await run(i);
  });
  return count / (ms / 1000);
}
