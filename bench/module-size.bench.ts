/**
 * A participant registration into a module of 100 000 participants against one into a new module, on
 * the real event store and the module's decider (read after the folded revision, decide, durable append).
 * The two alternate in rounds so that the machine's noise falls on both alike. Prints figures and the
 * ratio (goal ≥ 0.8); never fails on a time. Run: npm run bench:module [-- participants rounds]
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleAggregate } from '../src/delivery/domain/module.aggregate.js';
import { moduleStream, type ParticipantFacts } from '../src/delivery/domain/events.js';
import { AggregateRepository } from '../src/shared/application/aggregate-repository.js';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';

const [SIZE = 100_000, ROUNDS = 10, PER_ROUND = 100] = process.argv.slice(2).map(Number);
const facts = { awardId: randomUUID(), enterpriseNumber: '0202.239.951' };
const access = { ...facts, awardWithdrawnOn: null, mandateActiveOn: { '2016-09-05': true } };
const calendar = { today: '2016-12-31', awardedOn: '2016-01-01', closedYears: [] };
const context = {
  principal: { sub: 'bench', role: 'mandate-holder' as const, org: null },
  correlationId: 'b',
  causationId: 'b',
  expectedRevision: null,
};
const metadata = { actor: 'bench', role: 'mandate-holder', correlationId: 'b', causationId: 'b' };

const participant = (): ParticipantFacts => ({
  participantId: randomUUID(),
  personalDataRef: randomUUID(),
  trainingDate: '2016-09-05',
  companyEnterpriseNumber: '0202.239.951',
  role: 'employee',
  targetGroups: ['starter'],
});

const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-bench-module-')), 'events.db'));
const repository = new AggregateRepository(store);
const register = (moduleId: string) =>
  repository.execute(
    moduleStream(moduleId),
    moduleAggregate,
    { type: 'RegisterParticipants', data: { access, calendar, moduleId, participants: [participant()] } },
    context,
  );

const [large, small] = [randomUUID(), randomUUID()];
for (let from = 0; from < SIZE; from += 10_000) {
  const count = Math.min(10_000, SIZE - from);
  const events = Array.from({ length: count }, () => ({
    id: randomUUID(),
    type: 'ParticipantRegistered',
    schemaVersion: 1,
    data: { ...facts, moduleId: large, participant: participant() },
    metadata,
  }));
  await store.append(moduleStream(large), events, { expectedRevision: from === 0 ? 'no-stream' : from - 1 });
}

const seconds = async (run: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
};
const cold = await seconds(() => register(large));
await register(small);
const spent = { large: 0, small: 0 };
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, moduleId] of [
    ['large', large],
    ['small', small],
  ] as const)
    spent[name] += await seconds(async () => {
      for (let i = 0; i < PER_ROUND; i += 1) await register(moduleId);
    });
}
const n = ROUNDS * PER_ROUND;
const rate = (s: number) => n / s;
console.log(`registration into a module, ${n} each, alternating rounds, durable commits, ${new Date().toISOString().slice(0, 10)}`);
console.log(`first write after a restart (folds ${SIZE} events once)   ${(cold * 1000).toFixed(0).padStart(8)} ms`);
console.log(`yardstick: into a new module                           ${rate(spent.small).toFixed(0).padStart(8)} /s`);
console.log(`into a module of ${SIZE} participants                  ${rate(spent.large).toFixed(0).padStart(8)} /s`);
console.log(`ratio (goal ≥ 0.8)                                     ${(rate(spent.large) / rate(spent.small)).toFixed(2).padStart(8)}`);
await store.close();
