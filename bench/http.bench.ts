import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, higherIsBetter } from './report.js';
import { call, enterpriseNumber, type RunningService, startService, token } from './service.js';

/**
 * Commands over HTTP against the same server's GET /health in the same run, at 1, 16 and 64
 * connections: a participant registration (one per request) and an award (a tender lot each).
 */
const LOTS = 50;
const adviser = token('adviser');

export async function httpBench(quick: boolean): Promise<BenchRow[]> {
  const seconds = quick ? 3 : 10;
  const dataDir = mkdtempSync(join(tmpdir(), 'daeb-bench-http-'));
  const service = await startService(dataDir);
  try {
    // Lots enough for every award the three loads make (quick: ~900/s at 64 connections for 3 s): a lot taken twice answers 409.
    const world = await prepare(service, quick ? 150 : 400);
    const rows: BenchRow[] = [];
    for (const connections of [1, 16, 64]) {
      const health = await load(service.base, connections, seconds, () => ({ method: 'GET', path: '/health' }));
      const registration = await load(service.base, connections, seconds, () => ({
        method: 'POST',
        path: `/modules/${world.moduleId}/participants`,
        headers: { authorization: world.holderAuth, 'content-type': 'application/json' },
        body: JSON.stringify(participant(world.next())),
      }));
      const award = await load(service.base, connections, seconds, () => {
        const slot = world.nextAward();
        return {
          method: 'POST',
          path: `/outsourcings/${slot.call}/awards`,
          headers: { authorization: adviser, 'content-type': 'application/json' },
          body: JSON.stringify(awardBody(slot.lot)),
        };
      });
      for (const [figure, measured] of [
        ['participant registration', registration],
        ['award', award],
      ] as const) {
        const ratio = higherIsBetter(measured.perSecond, health.perSecond);
        const goals = figure === 'participant registration' && connections === 64;
        rows.push({
          section: 'http',
          figure: `${figure}, ${connections} conn. (p50 ${measured.p50} ms, p99 ${measured.p99} ms${measured.errors ? `, ${measured.errors} errors` : ''})`,
          value: measured.perSecond,
          unit: 'req/s',
          yardstick: { name: 'GET /health', value: health.perSecond },
          ratio,
          ...(goals ? { goal: '≥ 0.20, p99 < 50 ms', met: ratio >= 0.2 && measured.p99 < 50 } : {}),
          ...(figure === 'participant registration' && connections === 1 ? { goal: 'p50 < 2 ms', met: measured.p50 < 2 } : {}),
        });
      }
    }
    return rows;
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Holders, tenders of 50 lots for the awards, one award with a module for the registrations. */
export async function prepare({ base }: RunningService, tenders: number) {
  for (let n = 0; n < LOTS; n += 1) {
    await call(base, 'POST', '/mandate-holders', adviser, {
      enterpriseNumber: enterpriseNumber(n),
      name: `Opleider ${n}`,
      email: `opleider${n}@bench.test`,
      basis: 'experience',
      grantedOn: '2015-01-05',
    });
  }
  const calls: string[] = [];
  for (let t = 0; t < tenders; t += 1) calls.push((await call(base, 'POST', '/outsourcings', adviser, tender(t))).id);
  const holder = enterpriseNumber(0);
  const holderAuth = token('mandate-holder', holder);
  const { awardId } = await call(base, 'POST', `/outsourcings/${calls[0]}/awards`, adviser, { ...awardBody(1), enterpriseNumber: holder });
  const { moduleId } = await call(base, 'POST', `/awards/${awardId}/modules`, holderAuth, moduleBody());
  let participants = 0;
  let awards = 1; // lot 1 of the first tender is taken
  return {
    awardId,
    moduleId,
    holderAuth,
    next: () => (participants += 1),
    nextAward: () => {
      const slot = { call: calls[Math.floor(awards / LOTS) % calls.length], lot: (awards % LOTS) + 1 };
      awards += 1;
      return slot;
    },
  };
}

/**
 * The benchmark's world lies in last year: recent enough that the daily retention sweep, which starts a
 * minute after the service and erases every participant whose training year ended more than
 * PERSONAL_DATA_RETENTION_YEARS ago, finds nobody to erase (with a world in 2016 it erased every
 * registration one command at a time in the middle of the loads), and past, so no date is in the future.
 */
const YEAR = new Date().getFullYear() - 1;

export const tender = (t: number) => ({
  product: 'tender',
  title: `Benchmark tender ${t}`,
  launchedOn: `${YEAR}-02-01`,
  publicationRef: `BDA-${YEAR}-${String(t).padStart(6, '0')}`,
  contactAdviser: 'Ann Peeters',
  targetGroups: ['starters'],
  innovative: false,
  awardCriteria: [
    { name: 'quality', weight: 60 },
    { name: 'price', weight: 40 },
  ],
  lots: Array.from({ length: LOTS }, (_, i) => ({ number: i + 1, title: `Perceel ${i + 1}`, budgetCents: 100_000_00 })),
});

const awardBody = (lot: number) => ({
  enterpriseNumber: enterpriseNumber(lot - 1),
  lot,
  amountCents: 50_000_00,
  awardedOn: `${YEAR}-04-01`,
  juryReport: { motivation: 'Best value', members: [{ name: 'Jan Jury', external: true }], scores: [{ criterion: 'quality', score: 8 }] },
});

export const moduleBody = () => ({ title: 'Boekhouding voor starters', subject: 'boekhouding', hours: 12, plannedStart: `${YEAR}-09-05` });

export const participant = (n: number) => ({
  trainingDate: `${YEAR}-09-05`,
  companyEnterpriseNumber: '0406.798.006',
  role: n % 2 ? 'entrepreneur' : 'employee',
  targetGroups: ['starters'],
  personal: { name: `Persoon Nummer${n}`, email: `persoon${n}@mail.test`, birthDate: '1980-01-01' },
});

interface Measured {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function load(base: string, connections: number, duration: number, request: () => autocannon.Request): Promise<Measured> {
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, ...request() }) }],
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
