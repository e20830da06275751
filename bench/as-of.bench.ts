/**
 * The yearly table "as of" on a long history, read from the document versions (findAsOf) against a
 * full replay of the log up to the same moment, in one process. Prints figures and the ratio; never
 * fails on a time (only when the two ways disagree on a figure). Run: npm run bench
 * BENCH_EVENTS sets the size (default 1 000 000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outsourcingsProjection, type OutsourcingDocument } from '../projections/outsourcings.projection.js';
import type { Projection } from '../projections/projection.js';
import { outsourcingIndicators } from '../src/indicators/domain/outsourcing-indicators.js';
import { callFactsOf } from '../src/outsourcing/outsourcing.answers.js';
import { ProjectionRunner } from '../src/projection-runner/projection-runner.js';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';
import { SqliteReadStore } from '../src/shared/read-store/sqlite-read-store.js';
import { ManualClock } from '../src/shared/time/clock.js';
import { appendOutsourcingHistory } from './bench-outsourcings.js';
import { replayUpTo } from './replay.js';
import { benchModulesProjection, deliveryFigures, type ModuleDocument, moduleChunk } from './synthetic-delivery.js';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const CHUNK = 20;
const MODULES = Math.max(100, Math.round(TOTAL / 100));
const START = Date.parse('2016-01-01T08:00:00Z');
const SPAN_MS = 3 * 365 * 24 * 3600 * 1000;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'daeb-bench-'));
  const clock = new ManualClock(new Date(START));
  const store = new SqliteEventStore(join(dir, 'events.db'), clock);
  const readStore = new SqliteReadStore(join(dir, 'read-models.db'));
  // Reads are measured here, not durability: no fsync per append or batch while loading.
  store.db.pragma('synchronous = OFF');
  readStore.db.pragma('synchronous = OFF');
  try {
    let started = Date.now();
    await appendOutsourcingHistory(store, [2016, 2017, 2018]);
    const appends = Math.ceil(TOTAL / CHUNK);
    for (let i = 0; i < appends; i += 1) {
      clock.set(new Date(START + Math.floor((i / appends) * SPAN_MS)));
      const module = i % MODULES;
      const startedOn = new Date(START + Math.floor((module / MODULES) * SPAN_MS)).toISOString().slice(0, 10);
      await store.append(`bench-module-${module}`, moduleChunk(`m-${module}`, i < MODULES, CHUNK, startedOn, module), {
        expectedRevision: 'any',
      });
    }
    const head = (await store.headPosition()) as number;
    console.log(`appended ${head} events (${MODULES} module streams, ${CHUNK} per append, recorded over 3 years) in ${seconds(started)}`);

    started = Date.now();
    const projections = [outsourcingsProjection as Projection, benchModulesProjection as Projection];
    const runner = new ProjectionRunner(store, readStore, projections);
    await runner.start();
    while (!(await runner.waitFor(head, 15_000))) console.log(`  projecting... at ${String(runner.position())}`);
    await runner.stop();
    console.log(`projected in ${seconds(started)}`);

    console.log('asOf                       findAsOf      replay   find(now)  replay/findAsOf  same figures');
    let disagreements = 0;
    for (const fraction of [0.25, 0.5, 0.9]) {
      const asOf = new Date(START + fraction * SPAN_MS).toISOString();
      const year = Number(asOf.slice(0, 4)) - (fraction < 0.34 ? 0 : 1);
      const viaHistory = await timed(async () =>
        table(
          await readStore.findAsOf<OutsourcingDocument>('outsourcings@v1', asOf),
          await readStore.findAsOf<ModuleDocument>('bench-modules@v1', asOf),
          year,
        ),
      );
      const viaReplay = await timed(async () => {
        const replayed = await replayUpTo(store, asOf, projections);
        return table(replayed.get('outsourcings') as OutsourcingDocument[], replayed.get('bench-modules') as ModuleDocument[], year);
      });
      const viaFind = await timed(async () =>
        table(await readStore.find('outsourcings@v1'), await readStore.find('bench-modules@v1'), year),
      );
      const expected = JSON.stringify(viaReplay.value);
      const same = JSON.stringify(viaHistory.value) === expected;
      if (!same) disagreements += 1;
      console.log(`${asOf}  ${ms(viaHistory.ms)}  ${ms(viaReplay.ms)}  ${ms(viaFind.ms)}  ${ratio(viaReplay.ms, viaHistory.ms)}  ${same}`);
    }
    if (disagreements > 0) process.exitCode = 1;
  } finally {
    await store.close();
    await readStore.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures of the table for a year: call side and delivery side together. */
function table(outsourcings: readonly OutsourcingDocument[], modules: readonly ModuleDocument[], year: number) {
  return { ...outsourcingIndicators(outsourcings.map(callFactsOf), year), ...deliveryFigures(modules, year) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(0).padStart(8)} ms`;
const ratio = (slow: number, fast: number) => `${(slow / fast).toFixed(1).padStart(15)}x`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
