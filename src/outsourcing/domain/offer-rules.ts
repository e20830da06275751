import { invalid, notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import type { OfferCall } from './offer-commands.js';
import { findOffer, type Offer, type OffersState } from './offers.js';

/** A call takes offers only when it was launched with a deadline, and only until then. */
export function requireOffersOpen(call: OfferCall, now: string): string {
  requireCallOpen(call);
  const due = requireDeadline(call);
  if (now > due) throw ruleBroken('OFFERS_CLOSED', `offers for outsourcing ${call.outsourcingId} were due by ${due}`);
  return due;
}

/** Nobody reads or scores an offer before the deadline: the jury opens them all at once. */
export function requireOffersClosed(call: OfferCall, now: string): string {
  const due = requireDeadline(call);
  if (now <= due) throw ruleBroken('OFFERS_SEALED', `offers for outsourcing ${call.outsourcingId} stay sealed until ${due}`);
  return due;
}

export function requireCallOpen(call: OfferCall): void {
  if (call.status !== 'launched') {
    throw ruleBroken('OUTSOURCING_NOT_OPEN', `outsourcing ${call.outsourcingId} is ${call.status}; it takes no offers`);
  }
}

/** A call launched without offersDueOn is awarded directly (records entered after the fact): it takes no offers. */
function requireDeadline(call: OfferCall): string {
  if (call.offersDueAt === null) {
    throw ruleBroken(
      'OFFERS_NOT_INVITED',
      `outsourcing ${call.outsourcingId} was launched without offersDueOn: it takes no offers, its awards are direct`,
    );
  }
  return call.offersDueAt;
}

/** An offer that was replaced or withdrawn is out of the running. */
export function requireStandingOffer(state: OffersState, call: OfferCall, offerId: string): Offer {
  const offer = findOffer(state, offerId);
  if (!offer) throw notFound('OFFER_NOT_FOUND', `outsourcing ${call.outsourcingId} has no offer ${offerId}`);
  if (offer.status !== 'standing') {
    throw ruleBroken(`OFFER_${offer.status.toUpperCase()}`, `offer ${offerId} was ${offer.status}`, 'offerId');
  }
  return offer;
}

/** One entry per award criterion of the call, no more and no fewer: what is missing or unknown is named. */
export function assertOnePerCriterion(
  call: OfferCall,
  entries: readonly { readonly criterion: string }[],
  field: string,
  what: 'ANSWER' | 'SCORE',
): void {
  const criteria = call.awardCriteria.map((criterion) => criterion.name);
  const unknown = entries.find((entry) => !criteria.includes(entry.criterion));
  if (unknown) {
    throw invalid('UNKNOWN_CRITERION', `"${unknown.criterion}" is not an award criterion of this call (${criteria.join(', ')})`, field);
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.criterion)) throw invalid(`DUPLICATE_${what}`, `criterion "${entry.criterion}" appears twice`, field);
    seen.add(entry.criterion);
  }
  const missing = criteria.find((criterion) => !seen.has(criterion));
  if (missing !== undefined) {
    throw invalid(`${what}_MISSING`, `${field} has no entry for the award criterion "${missing}"`, field);
  }
}
