/**
 * A participant import's write path without HTTP, step by step, for 10 000 and 100 000 CSV rows: parse,
 * validate, seal the personal data in the vault, decide and append the events, each durable. The goal
 * is 50 000 rows/s for the whole; the steps show where the time goes. Never fails on a time.
 * Run: npm run bench:import
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../src/config/config.js';
import { moduleStream } from '../src/delivery/domain/events.js';
import { moduleAggregate } from '../src/delivery/domain/module.aggregate.js';
import { PersonalDataVault } from '../src/delivery/personal-data/personal-data.vault.js';
import { parseParticipantCsv, validateRows } from '../src/delivery/register-participants/participant-rows.js';
import { AggregateRepository } from '../src/shared/application/aggregate-repository.js';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';

const HEADER = 'trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate';
const csvRow = (n: number) =>
  `2016-10-03;0406.798.006;${n % 2 ? 'entrepreneur' : 'employee'};starters|PMAH;Deelnemer ${n};deelnemer${n}@mail.test;1975-05-0${(n % 9) + 1}`;
const facts = { awardId: randomUUID(), enterpriseNumber: '0202.239.951' };
const access = { ...facts, awardWithdrawnOn: null, mandateActiveOn: { '2016-10-03': true } };
const calendar = { today: '2016-12-31', awardedOn: '2016-01-01', closedYears: [] };
const context = {
  principal: { sub: 'bench', role: 'mandate-holder' as const, org: null },
  correlationId: 'b',
  causationId: 'b',
  expectedRevision: null,
};

const dataDir = mkdtempSync(join(tmpdir(), 'daeb-bench-import-'));
const vault = new PersonalDataVault({ dataDir, personalDataKey: 'bench-master-key-of-at-least-32-characters' } as AppConfig);
const store = new SqliteEventStore(join(dataDir, 'events.db'));
const repository = new AggregateRepository(store);

async function step<T>(spent: Map<string, number>, name: string, run: () => T | Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await run();
  spent.set(name, Number(process.hrtime.bigint() - start) / 1e6);
  return result;
}

console.log(`participant import without HTTP, durable commits, ${new Date().toISOString().slice(0, 10)}`);
for (const size of [10_000, 100_000]) {
  const csv = [HEADER, ...Array.from({ length: size }, (_, i) => csvRow(i + 1))].join('\r\n');
  const moduleId = randomUUID();
  const spent = new Map<string, number>();
  const rows = await step(spent, 'parse CSV', () => parseParticipantCsv(csv));
  const valid = await step(spent, 'validate', () => validateRows(rows));
  const people = valid.map(({ personal, ...rest }) => ({ participantId: randomUUID(), personalDataRef: randomUUID(), ...rest, personal }));
  await step(spent, 'seal personal data (vault)', () =>
    vault.sealOnce(people.map((p) => ({ ref: p.personalDataRef, participantId: p.participantId, data: p.personal }))),
  );
  const participants = people.map(({ personal: _, ...participant }) => participant);
  await step(spent, 'decide and append the events', () =>
    repository.execute(
      moduleStream(moduleId),
      moduleAggregate,
      { type: 'RegisterParticipants', data: { access, calendar, moduleId, participants } },
      context,
    ),
  );
  await step(spent, 'confirm the seals (vault)', () => vault.confirm(people.map((p) => p.personalDataRef)));
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log(`${size} rows: ${((size / total) * 1000).toFixed(0)} rows/s (goal 50 000; ratio ${(size / total / 50).toFixed(2)})`);
  for (const [name, ms] of spent)
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(0).padStart(7)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)} %`);
}
await store.close();
vault.onApplicationShutdown();
