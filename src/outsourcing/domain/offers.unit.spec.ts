import { specFor } from '../../../test/support/given-when-then.js';
import { offersDecider } from './decide-offers.js';
import type { SubmitOfferData } from './offer-commands.js';
import type { OfferEvent, OfferSubmitted } from './events.js';
import { A, AFTER, answers, B, BEFORE, DUE, incentiveCall, submitted, tenderCall } from '../../../test/support/offer-fixtures.js';

const spec = specFor(offersDecider);

const submission = (changes: Partial<SubmitOfferData> = {}) => ({
  type: 'SubmitOffer' as const,
  data: {
    call: tenderCall,
    offerId: 'offer-1',
    lot: 1,
    enterpriseNumber: A,
    amountCents: 90_000_00,
    answers,
    now: BEFORE,
    holderActive: true,
    ...changes,
  },
});
const scoring = (offerId: string, scores = [8, 6], member = 'Jan Claes', now = AFTER) => ({
  type: 'ScoreOffer' as const,
  data: {
    call: tenderCall,
    offerId,
    member,
    external: true,
    scores: [
      { criterion: 'quality', score: scores[0] },
      { criterion: 'price', score: scores[1] },
    ],
    now,
  },
});

describe('submitting an offer', () => {
  it('records the offer on its lot, sealed until the deadline', () => {
    spec([])
      .when(submission())
      .then([submitted('offer-1', A, 1)]);
  });

  it('flags an offer above the lot budget and still takes it', () => {
    const [event] = spec([])
      .when(submission({ amountCents: 100_000_01 }))
      .events() as OfferSubmitted[];
    expect(event.data.overBudget).toBe(true);
  });

  it('replaces the holder’s earlier offer on the same lot, not another lot’s nor another holder’s', () => {
    const given: OfferEvent[] = [submitted('offer-1', A, 1), submitted('offer-2', A, 2), submitted('offer-3', B, 1)];
    const [event] = spec(given)
      .when(submission({ offerId: 'offer-4' }))
      .events() as OfferSubmitted[];
    expect(event.data.replaces).toBe('offer-1');
  });

  it('keeps one offer per holder per call for an incentive', () => {
    const given = [submitted('offer-1', A, null)];
    const [event] = spec(given)
      .when(submission({ call: incentiveCall, offerId: 'offer-2', lot: null }))
      .events() as OfferSubmitted[];
    expect(event.data.replaces).toBe('offer-1');
  });

  it('refuses an offer after the deadline, and on a call without one', () => {
    spec([])
      .when(submission({ now: AFTER }))
      .thenThrows('OFFERS_CLOSED');
    spec([])
      .when(submission({ call: { ...tenderCall, offersDueAt: null } }))
      .thenThrows('OFFERS_NOT_INVITED');
    spec([])
      .when(submission({ call: { ...tenderCall, status: 'cancelled' } }))
      .thenThrows('OUTSOURCING_NOT_OPEN');
  });

  it('takes offers only from a holder with an active mandate', () => {
    spec([])
      .when(submission({ holderActive: false }))
      .thenThrows('MANDATE_NOT_ACTIVE', 'enterpriseNumber');
  });

  it('needs the lot of a tender, and no lot for the other products', () => {
    spec([])
      .when(submission({ lot: null }))
      .thenThrows('LOT_REQUIRED', 'lot');
    spec([])
      .when(submission({ lot: 9 }))
      .thenThrows('LOT_NOT_FOUND');
    spec([])
      .when(submission({ call: incentiveCall, lot: 1 }))
      .thenThrows('LOT_NOT_APPLICABLE', 'lot');
  });

  it('needs one answer per award criterion, naming the one missing or unknown', () => {
    spec([])
      .when(submission({ answers: [answers[0]] }))
      .thenThrows('ANSWER_MISSING', 'answers');
    expect(() => offersDecider.decide(submission({ answers: [answers[0]] }), { offers: [] })).toThrow(/"price"/);
    spec([])
      .when(submission({ answers: [...answers, { criterion: 'style', text: 'x' }] }))
      .thenThrows('UNKNOWN_CRITERION', 'answers');
    spec([])
      .when(submission({ answers: [...answers, answers[0]] }))
      .thenThrows('DUPLICATE_ANSWER', 'answers');
    spec([])
      .when(submission({ answers: [answers[0], { criterion: 'price', text: ' ' }] }))
      .thenThrows('ANSWER_TEXT_REQUIRED', 'answers');
  });

  it('needs a positive amount in cents', () => {
    spec([])
      .when(submission({ amountCents: 10.5 }))
      .thenThrows('AMOUNT_NOT_POSITIVE_INTEGER', 'amountCents');
  });
});

describe('withdrawing an offer', () => {
  const withdrawal = (enterpriseNumber = A, now = BEFORE) => ({
    type: 'WithdrawOffer' as const,
    data: { call: tenderCall, offerId: 'offer-1', enterpriseNumber, now },
  });

  it('withdraws the holder’s own offer before the deadline', () => {
    spec([submitted('offer-1', A, 1)])
      .when(withdrawal())
      .then([
        {
          type: 'OfferWithdrawn',
          data: { outsourcingId: 'call-1', offerId: 'offer-1', enterpriseNumber: A, withdrawnAt: BEFORE, sealedUntil: DUE },
        },
      ]);
  });

  it('does not find another holder’s offer, nor withdraw twice or after the deadline', () => {
    spec([submitted('offer-1', A, 1)])
      .when(withdrawal(B))
      .thenThrows('OFFER_NOT_FOUND');
    const withdrawn = spec([submitted('offer-1', A, 1)])
      .when(withdrawal())
      .events();
    spec([submitted('offer-1', A, 1), ...withdrawn])
      .when(withdrawal())
      .thenThrows('OFFER_WITHDRAWN');
    spec([submitted('offer-1', A, 1)])
      .when(withdrawal(A, AFTER))
      .thenThrows('OFFERS_CLOSED');
  });
});

describe('scoring an offer', () => {
  it('records a member’s scores after the deadline', () => {
    const [event] = spec([submitted('offer-1', A, 1)])
      .when(scoring('offer-1'))
      .events();
    expect(event).toMatchObject({ type: 'OfferScored', data: { member: 'Jan Claes', external: true, scoredAt: AFTER } });
  });

  it('refuses scores before the deadline: the offers are sealed', () => {
    spec([submitted('offer-1', A, 1)])
      .when(scoring('offer-1', [8, 6], 'Jan Claes', BEFORE))
      .thenThrows('OFFERS_SEALED');
  });

  it('scores every criterion from 0 to 10, naming the one missing', () => {
    spec([submitted('offer-1', A, 1)])
      .when(scoring('offer-1', [11, 6]))
      .thenThrows('SCORE_OUT_OF_RANGE', 'scores');
    spec([submitted('offer-1', A, 1)])
      .when(scoring('offer-1', [-1, 6]))
      .thenThrows('SCORE_OUT_OF_RANGE', 'scores');
    const onlyQuality = scoring('offer-1');
    const partial = { ...onlyQuality, data: { ...onlyQuality.data, scores: [onlyQuality.data.scores[0]] } };
    spec([submitted('offer-1', A, 1)])
      .when(partial)
      .thenThrows('SCORE_MISSING', 'scores');
    spec([submitted('offer-1', A, 1)])
      .when(scoring('offer-1', [8, 6], ' '))
      .thenThrows('JURY_MEMBER_REQUIRED', 'member');
  });

  it('scores only a standing offer', () => {
    spec([submitted('offer-1', A, 1)])
      .when(scoring('offer-9'))
      .thenThrows('OFFER_NOT_FOUND');
    spec([submitted('offer-1', A, 1), { ...submitted('offer-2', A, 1), data: { ...submitted('offer-2', A, 1).data, replaces: 'offer-1' } }])
      .when(scoring('offer-1'))
      .thenThrows('OFFER_REPLACED');
  });

  it('closes the scores of a lot with its award: the award’s jury report holds those it was decided on', () => {
    const scoringOnAwarded = (lots: readonly (number | null)[]) => {
      const command = scoring('offer-1');
      return { ...command, data: { ...command.data, call: { ...tenderCall, awardedLots: lots } } };
    };
    spec([submitted('offer-1', A, 1)])
      .when(scoringOnAwarded([1]))
      .thenThrows('LOT_ALREADY_AWARDED', 'offerId');
    expect(
      spec([submitted('offer-1', A, 1)])
        .when(scoringOnAwarded([2]))
        .events(),
    ).toHaveLength(1);
  });
});
