import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, higherIsBetter, lowerIsBetter, percentile, timed } from '../report.js';
import { readModelsCaughtUp, type RunningService, startService, token } from '../service.js';
import { generateHistory } from './generate-history.js';

/**
 * The reads management uses, on histories of growing size: the yearly table and the indicators at p50
 * and p99 (against GET /health in the same run), "as of" a past moment, the rebuild of every read model
 * from the log at start (against a bare read and JSON.parse of the same rows), and the service's peak
 * memory.
 */
const management = token('management');

export async function historyBench(sizes: readonly number[], asOfSize: number, seconds: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const dataDir = mkdtempSync(join(tmpdir(), 'daeb-bench-history-'));
    try {
      const generated = await timed(() => generateHistory(dataDir, size));
      const { events, years } = generated.value;
      const label = `${(events / 1e6).toFixed(events < 1e6 ? 2 : 1)} M events`;
      console.log(`  history of ${events} events over ${years.length} years generated in ${(generated.ms / 1000).toFixed(0)} s`);
      const rawRate = rawReadAndParse(join(dataDir, 'events.db'), events);
      const started = performance.now();
      const service = await startService(dataDir);
      const listening = performance.now() - started;
      await readModelsCaughtUp(service);
      const rebuildRate = events / ((performance.now() - started) / 1000);
      // Taken before the read loads below, whose own peaks (thousands of documents per table request) are the next row's.
      const rebuildRss = service.peakRssMb();
      rows.push({
        section: 'history',
        figure: `${label}: start and rebuild of every read model (listening after ${(listening / 1000).toFixed(1)} s)`,
        value: rebuildRate,
        unit: 'events/s',
        yardstick: { name: 'bare read + JSON.parse', value: rawRate },
        ratio: higherIsBetter(rebuildRate, rawRate),
        goal: '≥ 0.5',
        met: rebuildRate / rawRate >= 0.5,
      });
      rows.push({
        section: 'history',
        figure: `${label}: peak RSS of the service up to the end of the rebuild`,
        value: rebuildRss,
        unit: 'MB',
        goal: '< 300 MB',
        met: rebuildRss < 300,
      });
      try {
        const year = years[years.length - 2];
        const health = await latency(service, '/health', seconds);
        for (const path of [`/indicators/${year}/table`, `/indicators/${year}`]) {
          const measured = await latency(service, path, seconds);
          rows.push({
            section: 'history',
            figure: `${label}: GET ${path.replace(String(year), '{year}')} p99 (p50 ${measured.p50} ms)`,
            value: measured.p99,
            unit: 'ms',
            yardstick: { name: 'GET /health p99', value: health.p99 },
            ratio: lowerIsBetter(Math.max(measured.p99, 0.01), Math.max(health.p99, 0.01)),
            goal: 'p99 < 2 ms',
            met: measured.p99 < 2,
          });
        }
        if (size === asOfSize) rows.push(await asOf(service, year));
        const rss = service.peakRssMb();
        rows.push({
          section: 'history',
          figure: `${label}: peak RSS of the service, rebuild and read loads`,
          value: rss,
          unit: 'MB',
          goal: '< 300 MB',
          met: rss < 300,
        });
      } finally {
        await service.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}-anchors`, { recursive: true, force: true });
    }
  }
  return rows;
}

/** The yearly table as it stood in the middle of the year, one request after the other, against today's table. */
async function asOf(service: RunningService, year: number): Promise<BenchRow> {
  const samples: number[] = [];
  const now: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    samples.push((await timed(() => get(service, `/indicators/${year}/table?asOf=${year}-09-01T00:00:00Z`))).ms);
    now.push((await timed(() => get(service, `/indicators/${year}/table`))).ms);
  }
  const p99 = percentile(samples, 99);
  return {
    section: 'history',
    figure: `as of ${year}-09-01, yearly table, p99 of 20 (p50 ${percentile(samples, 50).toFixed(1)} ms)`,
    value: p99,
    unit: 'ms',
    yardstick: { name: 'the table now, p99', value: percentile(now, 99) },
    ratio: lowerIsBetter(p99, percentile(now, 99)),
    goal: '< 200 ms',
    met: p99 < 200,
  };
}

async function get(service: RunningService, path: string): Promise<void> {
  const response = await fetch(`${service.base}${path}`, { headers: { authorization: management } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  await response.arrayBuffer();
}

async function latency(service: RunningService, path: string, duration: number) {
  const result = await autocannon({ url: `${service.base}${path}`, connections: 1, duration, headers: { authorization: management } });
  if (result.non2xx > 0) throw new Error(`GET ${path} answered ${result.non2xx} non-2xx responses`);
  return { p50: result.latency.p50, p99: result.latency.p99 };
}

/** The yardstick of a rebuild: every row of the log read in order and its data and metadata parsed. */
function rawReadAndParse(file: string, events: number): number {
  const db = new Database(file, { readonly: true });
  try {
    const started = performance.now();
    let parsed = 0;
    for (const row of db.prepare<[], { data: string; metadata: string }>('SELECT data, metadata FROM events ORDER BY position').iterate()) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
      parsed += 1;
    }
    if (parsed !== events) throw new Error(`read ${parsed} rows of ${events}`);
    return events / ((performance.now() - started) / 1000);
  } finally {
    db.close();
  }
}
