import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleBody, participant, prepare } from './http.bench.js';
import { type BenchRow, higherIsBetter, lowerIsBetter, percentile, timed } from './report.js';
import { call, readModelsCaughtUp, type RunningService, startService } from './service.js';

/**
 * Imports of 10 000 and 100 000 participants in one request (JSON and CSV), against bare inserts of as
 * many rows in one durable transaction; then one registration at a time into a module that holds 100 000
 * participants against one into a new module.
 */
const CSV_HEADER = 'trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate';

export async function importBench(quick: boolean): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'daeb-bench-import-'));
  const service = await startService(dataDir);
  try {
    const world = await prepare(service, 1);
    const newModule = async () =>
      (await call(service.base, 'POST', `/awards/${world.awardId}/modules`, world.holderAuth, moduleBody())).moduleId;
    const importInto = async (into: string | (() => Promise<string>), rows: number, as: 'json' | 'csv', from: number) => {
      const moduleId = typeof into === 'string' ? into : await into();
      // Each import is measured on its own: the read models have applied the imports before it.
      await readModelsCaughtUp(service);
      const body = as === 'json' ? JSON.stringify(Array.from({ length: rows }, (_, i) => participant(from + i))) : csv(rows, from);
      const { ms, value: response } = await timed(() =>
        fetch(`${service.base}/modules/${moduleId}/participants/import`, {
          method: 'POST',
          headers: { authorization: world.holderAuth, 'content-type': as === 'json' ? 'application/json' : 'text/csv' },
          body,
        }),
      );
      if (response.status !== 201)
        throw new Error(`import of ${rows} ${as} rows answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      return rows / (ms / 1000);
    };
    const rows: BenchRow[] = [];
    let person = 1_000_000;
    const big = await newModule();
    for (const size of quick ? [10_000] : [10_000, 100_000]) {
      for (const as of ['json', 'csv'] as const) {
        const target = size === 100_000 && as === 'json' ? big : await newModule();
        const perSecond = await importInto(target, size, as, person);
        person += size;
        const raw = rawInsertRate(size);
        rows.push({
          section: 'imports',
          figure: `${size} rows, ${as.toUpperCase()}, one request`,
          value: perSecond,
          unit: 'rows/s',
          yardstick: { name: 'bare insert, one durable transaction', value: raw },
          ratio: higherIsBetter(perSecond, raw),
          goal: '≥ 50 000 rows/s',
          met: perSecond >= 50_000,
        });
      }
    }
    rows.push(await healthDuringImport(service, quick ? 10_000 : 100_000, (size) => importInto(newModule, size, 'json', (person += size))));
    // In quick mode the big module is filled with 10 000 rows only; the full run uses the 100 000-row import.
    if (quick) await importInto(big, 10_000, 'json', (person += 10_000));
    const fresh = await newModule();
    const singles = quick ? 100 : 300;
    const registerInto = async (moduleId: string) => {
      // Measured with the read models idle, as each import is: the last import's events are applied first.
      await readModelsCaughtUp(service);
      const { ms } = await timed(async () => {
        for (let i = 0; i < singles; i += 1) {
          await call(service.base, 'POST', `/modules/${moduleId}/participants`, world.holderAuth, participant((person += 1)));
        }
      });
      return singles / (ms / 1000);
    };
    const intoNew = await registerInto(fresh);
    const intoBig = await registerInto(big);
    const size = quick ? 10_000 : 100_000;
    rows.push({
      section: 'imports',
      figure: `one registration into a module of ${size} participants`,
      value: intoBig,
      unit: 'req/s',
      yardstick: { name: 'into a new module', value: intoNew },
      ratio: higherIsBetter(intoBig, intoNew),
      goal: '≥ 0.8',
      met: intoBig / intoNew >= 0.8,
    });
    return rows;
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * How long GET /health waits while an import is written and its events applied to the read models,
 * one request after the other, against its p99 on the same service idle just before: whether one
 * organisation's import holds every other request of the service.
 */
async function healthDuringImport(service: RunningService, size: number, run: (size: number) => Promise<number>): Promise<BenchRow> {
  await readModelsCaughtUp(service);
  const health = () => timed(() => fetch(`${service.base}/health`).then((response) => response.arrayBuffer()));
  const idle: number[] = [];
  for (let i = 0; i < 100; i += 1) idle.push((await health()).ms);
  const waits: number[] = [];
  let done = false;
  const polling = (async () => {
    while (!done) {
      waits.push((await health()).ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    await run(size);
    await readModelsCaughtUp(service);
  } finally {
    done = true;
    await polling;
  }
  const longest = Math.max(...waits);
  return {
    section: 'imports',
    figure: `GET /health while ${size} JSON rows are imported and applied: longest wait (p50 ${percentile(waits, 50).toFixed(0)} ms, ${waits.length} requests)`,
    value: longest,
    unit: 'ms',
    yardstick: { name: 'GET /health p99 idle, same service', value: percentile(idle, 99) },
    ratio: lowerIsBetter(longest, percentile(idle, 99)),
  };
}

function csv(rows: number, from: number): string {
  const lines = [CSV_HEADER];
  for (let i = 0; i < rows; i += 1) {
    const p = participant(from + i);
    lines.push(
      [
        p.trainingDate,
        p.companyEnterpriseNumber,
        p.role,
        p.targetGroups.join('|'),
        p.personal.name,
        p.personal.email,
        p.personal.birthDate,
      ].join(';'),
    );
  }
  return lines.join('\n');
}

/** The machine's yardstick: as many rows inserted bare in one transaction, WAL and synchronous=FULL. */
function rawInsertRate(rows: number): number {
  const folder = mkdtempSync(join(tmpdir(), 'daeb-bench-raw-'));
  const db = new Database(join(folder, 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE participants (id INTEGER PRIMARY KEY, module TEXT, data TEXT)');
    const insert = db.prepare('INSERT INTO participants (module, data) VALUES (?, ?)');
    const started = performance.now();
    db.transaction(() => {
      for (let i = 0; i < rows; i += 1) insert.run('m', JSON.stringify(participant(i)));
    })();
    return rows / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
