/**
 * Concurrent durable appends, as many HTTP requests make them: N appends in flight at once (each to its
 * own stream, or all to one stream with the same expected revision), against one append after the
 * other. Prints appends/s and the fsync-bound yardstick; never fails on a time.
 * Run: npm run build && node dist/bench/concurrent-appends.bench.js
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';

const TOTAL = Number(process.env.BENCH_N ?? 2000);
const metadata = { actor: 'bench', role: 'adviser', correlationId: 'bench', causationId: 'bench' };
const event = () => ({
  id: randomUUID(),
  type: 'ParticipantRegistered',
  schemaVersion: 1,
  data: { n: 1, name: 'x'.repeat(200) },
  metadata,
});

async function run(label: string, concurrency: number): Promise<void> {
  const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'bench-gc-')), 'events.db'));
  let next = 0;
  const start = process.hrtime.bigint();
  const worker = async (w: number) => {
    for (let rev = -1; next < TOTAL; rev += 1) {
      next += 1;
      await store.append(`s-${w}`, [event()], { expectedRevision: rev === -1 ? 'no-stream' : rev });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label.padEnd(40)} ${(TOTAL / seconds).toFixed(0).padStart(8)} appends/s`);
  await store.close();
}

for (const concurrency of [1, 8, 32, 64]) await run(`${concurrency} concurrent writer(s)`, concurrency);
