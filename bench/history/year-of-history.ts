import type { DeliveryEvent } from '../../src/delivery/domain/events.js';
import { awardDeliveryStream, moduleStream } from '../../src/delivery/domain/events.js';
import type { MandateEvent } from '../../src/mandates/domain/events.js';
import type { OutsourcingEvent, Product } from '../../src/outsourcing/domain/events.js';
import { outsourcingStream } from '../../src/outsourcing/domain/events.js';
import { enterpriseNumber } from '../service.js';

/**
 * One year of the agency's history in the proportions of the domain brief: 78 mandate holders; 18 calls
 * a year (6 tenders of 3 lots, 8 incentives, 4 open-offer rounds); about 50 awards; per award a number
 * of modules (the knob that scales a history to any size), each with 4 sessions, 15 participants and
 * evaluations from 70 % of them; two payments and a follow-up visit per award. The events have the
 * exact shapes of src/*\/domain/events.ts, so the service's own projections read them.
 */
export type HistoryEvent = MandateEvent | OutsourcingEvent | DeliveryEvent;
export interface Append {
  readonly stream: string;
  readonly at: string;
  readonly events: readonly HistoryEvent[];
}

export const HOLDERS = 78;
export const PARTICIPANTS_PER_MODULE = 15;
export const EVENTS_PER_MODULE = 1 + 4 + PARTICIPANTS_PER_MODULE + Math.round(PARTICIPANTS_PER_MODULE * 0.7);
const jury = { motivation: 'Best value', members: [{ name: 'Jan Jury', external: true }], scores: [{ criterion: 'quality', score: 8 }] };
const criteria = [
  { name: 'quality', weight: 60 },
  { name: 'price', weight: 40 },
];

export function* holdersGranted(): Generator<Append> {
  for (let n = 0; n < HOLDERS; n += 1) {
    const holder = enterpriseNumber(n);
    yield {
      stream: `mandate-${holder}`,
      at: '2015-01-05T09:00:00Z',
      events: [
        {
          type: 'MandateGranted',
          data: {
            enterpriseNumber: holder,
            name: `Opleider ${n}`,
            email: `o${n}@bench.test`,
            basis: 'experience',
            qualityLabel: null,
            grantedOn: '2015-01-05',
          },
        },
      ],
    };
  }
}

interface Call {
  readonly id: string;
  readonly product: Product;
  readonly awards: readonly { readonly awardId: string; readonly lot: number | null; readonly holder: string }[];
}

export function* yearOfHistory(year: number, modulesPerAward: number): Generator<Append> {
  const calls: Call[] = [];
  const products: Product[] = [
    ...Array<Product>(6).fill('tender'),
    ...Array<Product>(8).fill('incentive'),
    ...Array<Product>(4).fill('open-offer'),
  ];
  let awardCount = 0;
  for (const [c, product] of products.entries()) {
    const id = `${year}-call-${c}`;
    const launchedOn = `${year}-0${1 + (c % 3)}-1${c % 10}`;
    const awardsOf = product === 'tender' ? 3 : product === 'incentive' ? 2 : 5;
    const awards = Array.from({ length: awardsOf }, (_, a) => ({
      awardId: `${id}-award-${a}`,
      lot: product === 'tender' ? a + 1 : null,
      holder: enterpriseNumber((awardCount + a) % HOLDERS),
    }));
    awardCount += awardsOf;
    calls.push({ id, product, awards });
    yield {
      stream: outsourcingStream(id),
      at: `${launchedOn}T09:00:00Z`,
      events: [
        {
          type: 'OutsourcingLaunched',
          data: {
            outsourcingId: id,
            product,
            title: `Oproep ${year} ${c}`,
            launchedOn,
            publicationRef: `BDA-${year}-${String(c).padStart(6, '0')}`,
            contactAdviser: 'Ann Peeters',
            innovative: c % 4 === 0,
            innovationKinds: c % 4 === 0 ? ['product'] : [],
            targetGroups: ['starters'],
            awardCriteria: criteria,
            budgetCents: 300_000_00,
            lots: product === 'tender' ? [1, 2, 3].map((number) => ({ number, title: `Perceel ${number}`, budgetCents: 100_000_00 })) : [],
            maxAwardees: product === 'incentive' ? 4 : null,
            minParticipants: product === 'incentive' ? 10 : null,
            variant: product === 'open-offer' ? (c % 2 ? 'generic' : 'sectoral') : null,
            round: product === 'open-offer' ? `${year}-H${c % 4 < 2 ? 1 : 2}` : null,
          },
        },
        ...awards.map(({ awardId, lot, holder }) => ({
          type: 'AwardGranted' as const,
          data: {
            outsourcingId: id,
            awardId,
            lot,
            enterpriseNumber: holder,
            amountCents: 50_000_00,
            awardedOn: `${year}-04-01`,
            juryReport: jury,
            approvedSubjects: product === 'open-offer' ? ['boekhouding'] : [],
          },
        })),
      ],
    };
  }
  // Modules in the order they start over the year (May to November), then the year's money.
  const awards = calls.flatMap((call) => call.awards.map((award) => ({ call, ...award })));
  for (let m = 0; m < modulesPerAward; m += 1) {
    const day = dayAfter(`${year}-05-01`, Math.floor((m * 200) / modulesPerAward));
    for (const { call, awardId, holder } of awards) {
      const moduleId = `${awardId}-m${m}`;
      const [registered, ...rest] = moduleEvents(call, awardId, holder, moduleId, day);
      yield { stream: awardDeliveryStream(awardId), at: `${day}T10:00:00Z`, events: [registered] };
      yield { stream: moduleStream(moduleId), at: `${day}T10:05:00Z`, events: rest };
    }
  }
  for (const { awardId } of awards) {
    yield {
      stream: awardDeliveryStream(awardId),
      at: `${year}-12-15T10:00:00Z`,
      events: [
        {
          type: 'FollowUpRecorded',
          data: { awardId, followUpId: `${awardId}-f`, kind: 'lesson-visit', on: `${year}-10-01`, finding: 'ok', rating: 4 },
        },
        { type: 'PaymentRecorded', data: { awardId, paymentId: `${awardId}-p1`, amountCents: 20_000_00, paidOn: `${year}-06-01` } },
        { type: 'PaymentRecorded', data: { awardId, paymentId: `${awardId}-p2`, amountCents: 20_000_00, paidOn: `${year}-12-01` } },
      ],
    };
  }
}

const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function moduleEvents(call: Call, awardId: string, enterpriseNumber: string, moduleId: string, day: string): HistoryEvent[] {
  const facts = { awardId, moduleId, enterpriseNumber };
  const events: HistoryEvent[] = [
    {
      type: 'ModuleRegistered',
      data: {
        ...facts,
        outsourcingId: call.id,
        innovative: false,
        title: 'Boekhouding voor starters',
        subject: 'boekhouding',
        hours: 12,
        plannedStart: day,
        subjectPassedOnLater: false,
      },
    },
  ];
  for (let s = 0; s < 4; s += 1)
    events.push({ type: 'SessionRegistered', data: { ...facts, sessionId: `${moduleId}-s${s}`, date: day, place: 'Gent', hours: 3 } });
  for (let p = 0; p < PARTICIPANTS_PER_MODULE; p += 1) {
    const participantId = `${moduleId}-p${p}`;
    events.push({
      type: 'ParticipantRegistered',
      data: {
        ...facts,
        participant: {
          participantId,
          personalDataRef: `vault-${participantId}`,
          trainingDate: day,
          companyEnterpriseNumber: '0406.798.006',
          role: p % 2 ? 'entrepreneur' : 'employee',
          targetGroups: ['starters'],
        },
      },
    });
  }
  for (let p = 0; p < Math.round(PARTICIPANTS_PER_MODULE * 0.7); p += 1) {
    const score = 5 + (p % 6);
    events.push({
      type: 'EvaluationRecorded',
      data: {
        ...facts,
        evaluationId: `${moduleId}-e${p}`,
        participantId: `${moduleId}-p${p}`,
        trainingDate: day,
        distribution: Array.from({ length: 11 }, (_, i) => (i === score ? 1 : 0)),
      },
    });
  }
  return events;
}
