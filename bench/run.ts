/**
 * The benchmark: every figure beside its yardstick, measured in the same run, printed as one table and
 * written to bench/results/<date>.json. Never a test that fails on a time.
 *   npm run bench -- --quick   (under 3 minutes: smaller histories, shorter loads)
 *   npm run bench              (the full run: histories of 10 000, 1 million and 10 million events)
 *   --only=store,http,imports,history picks sections; --sizes=10000,1000000 the history sizes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { historyBench } from './history/history.bench.js';
import { httpBench } from './http.bench.js';
import { importBench } from './imports.bench.js';
import { type BenchRow, printTable } from './report.js';
import { storeBench } from './store.bench.js';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
// --sizes=10000,1000000 picks the history sizes; the first size at or above 1 million (else the largest) is asked "as of".
const sizes = process.argv
  .find((arg) => arg.startsWith('--sizes='))
  ?.slice('--sizes='.length)
  .split(',')
  .map(Number);
const historySizes = sizes ?? (quick ? [10_000, 200_000] : [10_000, 1_000_000, 10_000_000]);
const asOfSize = historySizes.find((size) => size >= 1_000_000) ?? Math.max(...historySizes);
const sections: Record<string, () => Promise<BenchRow[]>> = {
  store: () => storeBench(quick),
  http: () => httpBench(quick),
  imports: () => importBench(quick),
  history: () => historyBench(historySizes, asOfSize, quick ? 2 : 5),
};

const started = Date.now();
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (only && !only.includes(name)) continue;
  console.log(`${name}...`);
  rows.push(...(await run()));
}
const took = Math.round((Date.now() - started) / 1000);
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
console.log(
  `\n${quick ? 'quick' : 'full'} benchmark, ${new Date().toISOString()}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${took} s\n`,
);
printTable(rows);
const day = new Date().toISOString().slice(0, 10);
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${day}${quick ? '-quick' : ''}.json`;
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), quick, seconds: took, machine, rows }, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
