import { A, AFTER, B, BEFORE, C, incentiveCall, scored, submitted, tenderCall } from '../../../test/support/offer-fixtures.js';
import { awardTermsFromOffer } from './offer-award.js';
import type { OfferEvent } from './events.js';
import { evolveOffers, initialOffersState } from './offers.js';
import { rankOffers } from './ranking.js';

const stateOf = (events: readonly OfferEvent[]) => events.reduce(evolveOffers, initialOffersState);

// Offer 1: quality (8+9)/2 = 8.5, price 6 → 8.5·6 + 6·4 = 75.00; offer 2: quality 7, price 10 → 42 + 40 = 82.00.
const twoOnLotOne = [
  submitted('offer-1', A, 1),
  submitted('offer-2', B, 1),
  scored('offer-1', 'Jan Claes', [8, 6], true),
  scored('offer-1', 'An Peeters', [9, 6]),
  scored('offer-2', 'Jan Claes', [7, 10], true),
];

describe('ranking the offers', () => {
  it('orders each lot’s offers by the weighted mean of the members’ scores, on 100', () => {
    const [lot1, lot2] = rankOffers(tenderCall, stateOf(twoOnLotOne));
    expect(lot1.offers.map(({ offerId, score, rank, tied }) => ({ offerId, score, rank, tied }))).toEqual([
      { offerId: 'offer-2', score: 82, rank: 1, tied: false },
      { offerId: 'offer-1', score: 75, rank: 2, tied: false },
    ]);
    expect(lot1.offers[1].criteria).toEqual([
      { criterion: 'quality', weight: 60, mean: 8.5 },
      { criterion: 'price', weight: 40, mean: 6 },
    ]);
    expect(lot2).toEqual({ lot: 2, offers: [] });
  });

  it('rounds to two decimals and flags ties, which share a rank', () => {
    const events = [
      submitted('offer-1', A, null),
      submitted('offer-2', B, null),
      submitted('offer-3', C, null),
      scored('offer-1', 'Jan', [7, 7]),
      scored('offer-1', 'An', [7, 8]),
      scored('offer-1', 'Piet', [7, 8]),
      scored('offer-2', 'Jan', [5, 5]),
      scored('offer-3', 'Jan', [5, 5]),
    ];
    const [call] = rankOffers(incentiveCall, stateOf(events));
    expect(call.lot).toBeNull();
    // price (7+8+8)/3 = 7.667: 42 + 30.667 = 72.67
    expect(call.offers.map(({ score, rank, tied }) => ({ score, rank, tied }))).toEqual([
      { score: 72.67, rank: 1, tied: false },
      { score: 50, rank: 2, tied: true },
      { score: 50, rank: 2, tied: true },
    ]);
  });

  it('leaves out replaced and withdrawn offers, and puts unscored ones last without a rank', () => {
    const replacing = { ...submitted('offer-3', A, 1), data: { ...submitted('offer-3', A, 1).data, replaces: 'offer-1' } };
    const [lot1] = rankOffers(tenderCall, stateOf([...twoOnLotOne, replacing]));
    expect(lot1.offers.map(({ offerId, rank }) => ({ offerId, rank }))).toEqual([
      { offerId: 'offer-2', rank: 1 },
      { offerId: 'offer-3', rank: null },
    ]);
  });
});

describe('the award terms from an offer', () => {
  const state = stateOf(twoOnLotOne);

  it('takes holder, lot and amount from the first-ranked offer and the jury’s means into the report', () => {
    expect(awardTermsFromOffer(tenderCall, state, { offerId: 'offer-2', motivation: null, now: AFTER })).toEqual({
      offerId: 'offer-2',
      lot: 1,
      enterpriseNumber: B,
      amountCents: 90_000_00,
      juryReport: {
        motivation: 'Eerst gerangschikte offerte op perceel 1: 82.00/100.',
        members: [{ name: 'Jan Claes', external: true }],
        scores: [
          { criterion: 'quality', score: 7 },
          { criterion: 'price', score: 10 },
        ],
      },
    });
  });

  it('needs a motivation for an offer not ranked first, and names it', () => {
    expect(() => awardTermsFromOffer(tenderCall, state, { offerId: 'offer-1', motivation: ' ', now: AFTER })).toThrow(
      expect.objectContaining({ code: 'MOTIVATION_REQUIRED', field: 'motivation' }),
    );
    const chosen = awardTermsFromOffer(tenderCall, state, { offerId: 'offer-1', motivation: 'Better reach in Limburg', now: AFTER });
    expect(chosen.juryReport.motivation).toBe('Better reach in Limburg');
    expect(chosen.juryReport.members).toHaveLength(2);
  });

  it('refuses an unscored offer, an unknown one, and any before the deadline', () => {
    const unscored = stateOf([submitted('offer-1', A, 1)]);
    const attempt =
      (s = unscored, offerId = 'offer-1', now = AFTER) =>
      () =>
        awardTermsFromOffer(tenderCall, s, { offerId, motivation: null, now });
    expect(attempt()).toThrow(expect.objectContaining({ code: 'OFFER_NOT_SCORED' }));
    expect(attempt(state, 'offer-9')).toThrow(expect.objectContaining({ code: 'OFFER_NOT_FOUND', kind: 'not-found' }));
    expect(attempt(state, 'offer-2', BEFORE)).toThrow(expect.objectContaining({ code: 'OFFERS_SEALED' }));
  });
});
