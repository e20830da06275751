import type { OfferCall } from '../../src/outsourcing/domain/offer-commands.js';
import type { OfferScored, OfferSubmitted } from '../../src/outsourcing/domain/events.js';

/** Shared givens for the offer decider, ranking and award-from-offer specs; free of jest globals. */
export const DUE = '2016-03-01T22:59:59.999Z';
export const BEFORE = '2016-02-20T10:00:00.000Z';
export const AFTER = '2016-03-02T09:00:00.000Z';
export const A = '0123.456.749';
export const B = '0234.567.873';
export const C = '0404.040.434';

export const tenderCall: OfferCall = {
  outsourcingId: 'call-1',
  product: 'tender',
  status: 'launched',
  awardCriteria: [
    { name: 'quality', weight: 60 },
    { name: 'price', weight: 40 },
  ],
  lots: [
    { number: 1, title: 'Perceel 1', budgetCents: 100_000_00 },
    { number: 2, title: 'Perceel 2', budgetCents: 50_000_00 },
  ],
  budgetCents: 150_000_00,
  offersDueAt: DUE,
  awardedLots: [],
};

export const incentiveCall: OfferCall = { ...tenderCall, product: 'incentive', lots: [], budgetCents: 60_000_00 };

export const answers = [
  { criterion: 'quality', text: 'Twelve workshops with coaching' },
  { criterion: 'price', text: 'All in' },
];

export const submitted = (offerId: string, enterpriseNumber: string, lot: number | null, amountCents = 90_000_00): OfferSubmitted => ({
  type: 'OfferSubmitted',
  data: {
    outsourcingId: 'call-1',
    offerId,
    lot,
    enterpriseNumber,
    amountCents,
    answers,
    submittedAt: BEFORE,
    sealedUntil: DUE,
    overBudget: false,
    replaces: null,
  },
});

export const scored = (offerId: string, member: string, [quality, price]: [number, number], external = false): OfferScored => ({
  type: 'OfferScored',
  data: {
    outsourcingId: 'call-1',
    offerId,
    member,
    external,
    scores: [
      { criterion: 'quality', score: quality },
      { criterion: 'price', score: price },
    ],
    scoredAt: AFTER,
  },
});
