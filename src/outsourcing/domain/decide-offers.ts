import type { Aggregate, Decider } from '../../shared/domain/decider.js';
import { invalid, notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { parseEnterpriseNumber } from '../../shared/domain/enterprise-number.js';
import type { OfferCommand, ScoreOfferData, SubmitOfferData, WithdrawOfferData } from './offer-commands.js';
import { type OfferEvent, type OfferScored, type OfferSubmitted, type OfferWithdrawn, offerSchemaVersions } from './events.js';
import { assertOnePerCriterion, requireCallOpen, requireOffersClosed, requireOffersOpen, requireStandingOffer } from './offer-rules.js';
import { evolveOffers, findOffer, initialOffersState, type OffersState, standingOffers } from './offers.js';
import { assertPositiveCents } from './rules.js';

export const MAX_SCORE = 10;

export function decideOffers(command: OfferCommand, state: OffersState): OfferEvent[] {
  switch (command.type) {
    case 'SubmitOffer':
      return [submit(command.data, state)];
    case 'WithdrawOffer':
      return [withdraw(command.data, state)];
    case 'ScoreOffer':
      return [score(command.data, state)];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function submit(data: SubmitOfferData, state: OffersState): OfferSubmitted {
  const { call, offerId, lot, amountCents, answers, now } = data;
  const sealedUntil = requireOffersOpen(call, now);
  if (findOffer(state, offerId)) throw ruleBroken('OFFER_ID_TAKEN', `offer ${offerId} already exists`);
  const enterpriseNumber = parseEnterpriseNumber(data.enterpriseNumber);
  // Only an organisation with an active mandate may answer a call (docs/domain.md, "Mandate holders").
  if (!data.holderActive) throw ruleBroken('MANDATE_NOT_ACTIVE', `${enterpriseNumber} holds no active mandate today`, 'enterpriseNumber');
  const budgetCents = budgetOf(call, lot);
  assertPositiveCents(amountCents, 'AMOUNT_NOT_POSITIVE_INTEGER', 'amountCents');
  assertOnePerCriterion(call, answers, 'answers', 'ANSWER');
  if (answers.some((answer) => typeof answer.text !== 'string' || answer.text.trim() === '')) {
    throw invalid('ANSWER_TEXT_REQUIRED', 'every answer needs a text', 'answers');
  }
  // One offer per holder per lot (per call for incentives and open offers): a new one replaces the earlier.
  const earlier = standingOffers(state).find((offer) => offer.enterpriseNumber === enterpriseNumber && offer.lot === lot);
  return {
    type: 'OfferSubmitted',
    data: {
      outsourcingId: call.outsourcingId,
      offerId,
      lot,
      enterpriseNumber,
      amountCents,
      answers,
      submittedAt: now,
      sealedUntil,
      overBudget: amountCents > budgetCents,
      replaces: earlier?.offerId ?? null,
    },
  };
}

/** A tender is offered on lot by lot, against the lot's budget; the other products against the call's. */
function budgetOf(call: SubmitOfferData['call'], lot: number | null): number {
  if (call.product !== 'tender') {
    if (lot !== null) throw invalid('LOT_NOT_APPLICABLE', `only a tender has lots, not a ${call.product}`, 'lot');
    return call.budgetCents;
  }
  if (lot === null) throw invalid('LOT_REQUIRED', 'an offer on a tender names its lot', 'lot');
  const found = call.lots.find((candidate) => candidate.number === lot);
  if (!found) throw notFound('LOT_NOT_FOUND', `outsourcing ${call.outsourcingId} has no lot ${lot}`);
  return found.budgetCents;
}

function withdraw(data: WithdrawOfferData, state: OffersState): OfferWithdrawn {
  const { call, offerId, now } = data;
  const offer = findOffer(state, offerId);
  // Another holder's offer does not exist for the one asking.
  if (!offer || offer.enterpriseNumber !== data.enterpriseNumber) {
    throw notFound('OFFER_NOT_FOUND', `outsourcing ${call.outsourcingId} has no offer ${offerId} of yours`);
  }
  const sealedUntil = requireOffersOpen(call, now);
  requireStandingOffer(state, call, offerId);
  return {
    type: 'OfferWithdrawn',
    data: { outsourcingId: call.outsourcingId, offerId, enterpriseNumber: offer.enterpriseNumber, withdrawnAt: now, sealedUntil },
  };
}

function score(data: ScoreOfferData, state: OffersState): OfferScored {
  const { call, offerId, member, external, scores, now } = data;
  requireCallOpen(call);
  requireOffersClosed(call, now);
  const offer = requireStandingOffer(state, call, offerId);
  // The award's jury report holds the scores it was decided on; a later score would contradict it.
  if (call.awardedLots.includes(offer.lot)) {
    const place = offer.lot === null ? 'the call' : `lot ${offer.lot}`;
    throw ruleBroken('LOT_ALREADY_AWARDED', `${place} is awarded: its jury's scores closed with the award`, 'offerId');
  }
  if (typeof member !== 'string' || member.trim() === '') throw invalid('JURY_MEMBER_REQUIRED', 'member names the jury member', 'member');
  assertOnePerCriterion(call, scores, 'scores', 'SCORE');
  const outOfRange = scores.find((entry) => !Number.isFinite(entry.score) || entry.score < 0 || entry.score > MAX_SCORE);
  if (outOfRange) {
    throw invalid('SCORE_OUT_OF_RANGE', `the score for "${outOfRange.criterion}" must be from 0 to ${MAX_SCORE}`, 'scores');
  }
  return { type: 'OfferScored', data: { outsourcingId: call.outsourcingId, offerId, member, external, scores, scoredAt: now } };
}

export const offersDecider: Decider<OfferCommand, OffersState, OfferEvent> = {
  decide: decideOffers,
  evolve: evolveOffers,
  initialState: initialOffersState,
};

export const offersAggregate: Aggregate<OfferCommand, OffersState, OfferEvent> = {
  decider: offersDecider,
  schemaVersions: offerSchemaVersions,
};
