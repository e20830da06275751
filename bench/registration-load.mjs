#!/usr/bin/env node
// Participant registrations (one per request) from C concurrent clients against the built service, with
// GET /health from the same clients in the same run as the yardstick. Prints requests/s, p50 and p99;
// never fails on a time. Run: npm run build && node bench/registration-load.mjs [connections...]
// Run from another checkout's folder to measure its build (dist/src/main.js is found from the working directory).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, kill, startService } from '../scripts/crash/service.mjs';
import { enterpriseNumber } from '../scripts/crash/workload.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const connections = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
// SERVICE_URL: a service already running (e.g. under strace), started with scripts/crash/service.mjs's environment.
const service = process.env.SERVICE_URL ? { base: process.env.SERVICE_URL } : await startService(mkdtempSync(join(tmpdir(), 'daeb-load-')));

async function post(path, auth, body) {
  const response = await fetch(`${service.base}${path}`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const kbo = enterpriseNumber(1);
const adviser = bearer('adviser');
const holder = bearer('mandate-holder', { org: kbo, sub: 'holder-load' });
await post('/mandate-holders', adviser, {
  enterpriseNumber: kbo,
  name: 'Houder',
  email: 'h@load.test',
  basis: 'experience',
  grantedOn: '2015-01-05',
});
const call = await post('/outsourcings', adviser, {
  product: 'incentive',
  title: 'Load',
  launchedOn: '2016-03-01',
  publicationRef: 'BDA-2016-LOAD',
  contactAdviser: 'Ann Peeters',
  innovative: false,
  budgetCents: 500_000_00,
  minParticipants: 1,
  awardCriteria: [{ name: 'quality', weight: 100 }],
});
const jury = { motivation: 'load', members: [{ name: 'Jan Jury', external: true }], scores: [{ criterion: 'quality', score: 8 }] };
const award = await post(`/outsourcings/${call.id}/awards`, adviser, {
  enterpriseNumber: kbo,
  amountCents: 40_000_00,
  awardedOn: '2016-04-01',
  juryReport: jury,
});

let n = 0;
async function measure(label, clients, request) {
  const latencies = [];
  const deadline = Date.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now();
        const response = await request();
        if (response.status >= 300) throw new Error(`${label}: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  const rate = latencies.length / seconds;
  console.log(
    `${label.padEnd(34)} ${String(clients).padStart(3)} conn ${rate.toFixed(0).padStart(6)}/s  p50 ${at(0.5).padStart(6)} ms  p99 ${at(0.99).padStart(6)} ms  (${latencies.length} requests)`,
  );
  return rate;
}

for (const clients of connections.length > 0 ? connections : [1, 16, 64]) {
  const module = await post(`/awards/${award.awardId}/modules`, holder, {
    title: `Module ${clients}`,
    subject: 'boekhouding',
    hours: 12,
    plannedStart: '2016-09-05',
  });
  const health = await measure('GET /health', clients, () => fetch(`${service.base}/health`));
  const register = await measure('POST /modules/{id}/participants', clients, () => {
    n += 1;
    return fetch(`${service.base}/modules/${module.moduleId}/participants`, {
      method: 'POST',
      headers: { authorization: holder, 'content-type': 'application/json' },
      body: JSON.stringify({
        trainingDate: '2016-09-05',
        companyEnterpriseNumber: '0406.798.006',
        role: 'entrepreneur',
        targetGroups: ['starters'],
        personal: { name: `Persoon ${n}`, email: `p${n}@load.test`, birthDate: '1980-01-01' },
      }),
    });
  });
  console.log(`${''.padEnd(34)} registration / health: ${((register / health) * 100).toFixed(1)} %`);
}
if (service.child) await kill(service, 'SIGTERM');
