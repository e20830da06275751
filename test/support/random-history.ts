import type { DomainEvent } from '../../src/shared/domain/decider.js';
import type { RecordedEvaluation } from '../../src/delivery/domain/events.js';
import { PRODUCTS } from '../../src/outsourcing/domain/events.js';
import {
  evaluation,
  evaluationRecorded,
  evaluationReplaced,
  moduleRegistered,
  participantRegistered,
  participantRemoved,
  paymentRecorded,
} from './delivery-events.js';
import { amended, granted, launched, notGranted, withdrawn } from './indicator-fixtures.js';

/** One append of a generated history: its events, their stream and the instant it is recorded at. */
export interface HistoryAppend {
  readonly at: string;
  readonly stream: string;
  readonly events: readonly DomainEvent[];
}

const HOLDERS = ['0123.456.749', '0202.239.951', '0406.798.006', '0417.497.106'];

/**
 * A small history of calls and their delivery over 2016–2018, drawn from a seed: launches, awards
 * amended or withdrawn later, calls declared not granted, modules with participants removed again,
 * participants' evaluations and module distributions replaced, payments and recoveries. Several
 * appends share an instant, as an import does. For specs that compare running totals with their documents.
 */
export function randomHistory(seed: number): HistoryAppend[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const appends: HistoryAppend[] = [];
  let time = Date.UTC(2016, 0, 4, 9);
  const add = (stream: string, ...events: DomainEvent[]) => {
    // Two appends in three move the clock on; the third shares the instant of the one before.
    if (appends.length === 0 || chance(0.67)) time += Math.floor(random() * 3 * 86_400_000);
    appends.push({ at: new Date(time).toISOString(), stream, events });
  };
  for (let c = 0; c < 14; c += 1) {
    const callId = `call-${seed}-${c}`;
    const year = pick([2016, 2017, 2018]);
    const innovative = chance(0.4);
    add(callId, launched(callId, { product: pick(PRODUCTS), innovative, launchedOn: `${year}-02-0${1 + (c % 9)}` }));
    const awards = chance(0.2) ? 0 : 1 + Math.floor(random() * 3);
    if (awards === 0) add(callId, notGranted(callId, `${year}-06-01`));
    for (let a = 0; a < awards; a += 1) {
      const awardId = `${callId}-a${a}`;
      const holder = pick(HOLDERS);
      const awardedOn = `${year + (chance(0.3) ? 1 : 0)}-04-0${1 + a}`;
      let amount = (10 + Math.floor(random() * 90)) * 1000_00;
      add(callId, granted(callId, awardId, holder, amount, awardedOn));
      if (chance(0.3)) {
        const lower = amount - 5000_00;
        add(callId, amended(callId, awardId, amount, lower));
        amount = lower;
      }
      deliver(awardId, holder, innovative, Number(awardedOn.slice(0, 4)));
      if (chance(0.2)) add(callId, withdrawn(callId, awardId, holder, amount, awardedOn, `${Number(awardedOn.slice(0, 4)) + 1}-01-15`));
    }
  }
  return appends;

  function deliver(awardId: string, holder: string, innovative: boolean, year: number) {
    for (let m = 0; m < 1 + Math.floor(random() * 2); m += 1) {
      const moduleId = `${awardId}-m${m}`;
      const facts = { awardId, enterpriseNumber: holder };
      add(moduleId, moduleRegistered(moduleId, { ...facts, innovative }));
      const scored: { participantId: string; trainingDate: string; evaluation: RecordedEvaluation | null }[] = [];
      for (let p = 0; p < Math.floor(random() * 8); p += 1) {
        const participantId = `${moduleId}-p${p}`;
        const trainingDate = `${year + (chance(0.25) ? 1 : 0)}-10-0${1 + (p % 9)}`;
        add(moduleId, ofHolder(participantRegistered(moduleId, participantId, { trainingDate }, awardId), facts));
        const score = chance(0.6)
          ? evaluation(`${participantId}-e`, participantId, oneScore(Math.floor(random() * 11)), trainingDate)
          : null;
        if (score) add(moduleId, ofHolder(evaluationRecorded(moduleId, score), facts));
        scored.push({ participantId, trainingDate, evaluation: score });
      }
      if (chance(0.4)) {
        const first = evaluation(`${moduleId}-d1`, null, [0, 0, 0, 0, 1, 1, 2, 3, 2, 1, 0], `${year}-10-01`);
        add(moduleId, ofHolder(evaluationRecorded(moduleId, first), facts));
        if (chance(0.5)) {
          const second = evaluation(`${moduleId}-d2`, null, [0, 0, 0, 1, 0, 1, 1, 1, 4, 1, 1], `${year}-10-01`);
          add(moduleId, ofHolder(evaluationReplaced(moduleId, second, first), facts));
        }
      }
      for (const gone of scored.filter(() => chance(0.2))) {
        add(moduleId, ofHolder(participantRemoved(moduleId, gone.participantId, gone.evaluation, gone.trainingDate, awardId), facts));
      }
    }
    if (chance(0.7)) add(`award-${awardId}`, paymentRecorded(awardId, `${awardId}-pay`, 20_000_00, `${year}-11-01`));
    if (chance(0.2)) {
      add(`award-${awardId}`, {
        type: 'RecoveryRecorded',
        data: {
          awardId,
          recoveryId: `${awardId}-rec`,
          amountCents: 5_000_00,
          recoveredOn: `${year + 1}-03-01`,
          reason: 'too few workshops',
        },
      });
    }
  }
}

/** The fixtures name one holder; a generated module belongs to its award's holder. */
function ofHolder<E extends DomainEvent>(event: E, facts: { awardId: string; enterpriseNumber: string }): E {
  return { ...event, data: { ...(event.data as object), ...facts } };
}

const oneScore = (score: number) => Array.from({ length: 11 }, (_, s) => (s === score ? 1 : 0));

/** A small seeded generator: the same seed draws the same history on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
