/**
 * The write path, measured against a yardstick in the same process: a bare better-sqlite3 insert
 * committed with the same durability (WAL, synchronous=FULL). Prints figures and ratios; never fails
 * on a time. Run: npm run bench:write
 */
import 'reflect-metadata';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mandateAggregate } from '../src/mandates/domain/mandate.aggregate.js';
import { AggregateRepository } from '../src/shared/application/aggregate-repository.js';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';

const N = Number(process.env.BENCH_N ?? 3000);
const metadata = { actor: 'bench', role: 'adviser', correlationId: 'bench', causationId: 'bench' };
const context = {
  principal: { sub: 'bench', role: 'adviser' as const, org: null },
  correlationId: 'bench',
  causationId: 'bench',
  expectedRevision: null,
};

async function time(label: string, run: (i: number) => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i += 1) await run(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = N / seconds;
  console.log(`${label.padEnd(58)} ${perSecond.toFixed(0).padStart(8)} /s  ${((seconds / N) * 1e6).toFixed(0).padStart(6)} µs each`);
  return perSecond;
}

const folder = mkdtempSync(join(tmpdir(), 'daeb-bench-'));
const raw = new Database(join(folder, 'raw.db'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, stream TEXT, data TEXT)');
const insert = raw.prepare('INSERT INTO t VALUES (?, ?, ?)');
const store = new SqliteEventStore(join(folder, 'events.db'));
const repository = new AggregateRepository(store);

console.log(`write path, ${N} operations each, durable commits (WAL, synchronous=FULL), ${new Date().toISOString().slice(0, 10)}`);
const yardstick = await time('yardstick: bare INSERT, one transaction each', (i) =>
  raw.transaction(() => insert.run(randomUUID(), `s-${i}`, '{"n":1}'))(),
);
const append = await time('event store append (expected revision, hash chain)', (i) =>
  store.append(`s-${i}`, [{ id: randomUUID(), type: 'T', schemaVersion: 1, data: { n: i }, metadata }], { expectedRevision: 'no-stream' }),
);
const command = await time('command: read stream, fold, decide, append (GrantMandate)', (i) => {
  const digits = String(10_000_000 + i).padStart(8, '0');
  const enterpriseNumber = `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}${String(97 - (Number(digits) % 97)).padStart(2, '0')}`;
  const data = {
    enterpriseNumber,
    name: 'Bench',
    email: 'b@b.test',
    basis: 'experience' as const,
    qualityLabel: null,
    grantedOn: '2016-01-01',
  };
  return repository.execute(`mandate-${enterpriseNumber}`, mandateAggregate, { type: 'GrantMandate', data }, context);
});
console.log(`ratios to the yardstick: append ${(append / yardstick).toFixed(2)}, command ${(command / yardstick).toFixed(2)}`);
await store.close();
raw.close();
