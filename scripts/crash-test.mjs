#!/usr/bin/env node
// npm run test:crash [-- --short]: keyed writes from 8 clients while the built service is killed with
// SIGKILL at random moments and started again; then every promise the service made is checked.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkIntegrity, checkPersonalData, checkWrites, readLog, readModels } from './crash/checks.mjs';
import { kill, serviceEnv, sleep, startService } from './crash/service.mjs';
import { drive } from './crash/workload.mjs';

const short = process.argv.includes('--short');
const KILLS = short ? 10 : 30;
const CLIENTS = 8;
const started = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'daeb-crash-'));
const failures = [];

/** Where the clients send: the running service, or a wait while it is down. */
let service = await startService(dataDir);
let up = Promise.resolve(service.base);
let markUp = () => {};
const link = { ready: () => up };

const records = [];
let stopped = false;
const clients = drive(link, records, CLIENTS, () => stopped);

let brokenAtStart = 0;
for (let kills = 0; kills < KILLS; kills += 1) {
  // Random moments: sometimes right after the start (mid-recovery), mostly while writes are in flight.
  await sleep(100 + Math.random() * (short ? 1_500 : 3_000));
  up = new Promise((resolve) => (markUp = resolve));
  await kill(service);
  service = await startService(dataDir);
  if (service.health === 503) brokenAtStart += 1;
  markUp(service.base);
}
stopped = true;
await clients;

const events = await readLog(service.base);
const head = events.at(-1)?.position ?? 0;
const writes = await checkWrites(link, records, events, failures);
const integrity = await checkIntegrity(service.base, failures);
if (brokenAtStart > 0) failures.push(`${brokenAtStart} restarts found the log broken`);
const before = await readModels(service.base, head);
await kill(service, 'SIGTERM');
const personal = checkPersonalData(dataDir, events, failures);

// Every read model equals a full rebuild: on a copy of the data (and its anchors), rebuilt, then read again.
const copy = `${dataDir}-rebuilt`;
cpSync(dataDir, copy, { recursive: true });
if (existsSync(`${dataDir}-anchors`)) cpSync(`${dataDir}-anchors`, `${copy}-anchors`, { recursive: true });
execFileSync(process.execPath, ['dist/src/projection-runner/rebuild.js'], { env: { ...process.env, ...serviceEnv(copy) }, stdio: 'pipe' });
const rebuilt = await startService(copy);
const after = await readModels(rebuilt.base, head);
await kill(rebuilt, 'SIGTERM');
const differing = Object.keys({ ...before, ...after }).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
if (differing.length > 0) {
  failures.push(`read models differ from a rebuild: ${differing.slice(0, 5).join(', ')} (both in ${dataDir}-read-models.json)`);
  writeFileSync(`${dataDir}-read-models.json`, JSON.stringify({ live: pick(before, differing), rebuilt: pick(after, differing) }, null, 1));
}

function pick(reads, keys) {
  return Object.fromEntries(keys.map((key) => [key, reads[key]]));
}

const answered = {};
for (const r of records) answered[`${r.kind} ${r.answers[0]?.status}`] = (answered[`${r.kind} ${r.answers[0]?.status}`] ?? 0) + 1;
const acknowledged = records.filter((r) => r.answers[0]?.status < 300).length;
const figures = {
  requests: records.reduce((n, r) => n + r.answers.length + r.lost, 0) + writes.replays,
  writes: records.length,
  acknowledged,
  found: writes.found,
  refused: records.filter((r) => r.answers[0]?.status >= 400).length,
  lostAndRetried: records.filter((r) => r.lost > 0).length,
  replays: writes.replays,
  answeredWithoutPosition: writes.unpositioned,
  kills: KILLS,
  events: events.length,
  integrity: `${integrity.status} up to ${integrity.intactUpTo}`,
  sealedPeople: personal.sealed,
  readModelsCompared: Object.keys(before).length,
  answered,
  seconds: Math.round((Date.now() - started) / 1000),
};
console.log(`crash test${short ? ' (short)' : ''}: ${JSON.stringify(figures)}`);
if (failures.length > 0) {
  console.error(`FAILED (data kept in ${dataDir}):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
for (const dir of [dataDir, `${dataDir}-anchors`, copy, `${copy}-anchors`]) rmSync(dir, { recursive: true, force: true });
console.log('crash test passed');
