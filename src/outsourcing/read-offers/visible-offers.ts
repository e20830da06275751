import type { Principal } from '../../shared/auth/principal.js';
import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import type { OfferCall } from '../domain/offer-commands.js';
import { findOffer, type Offer, type OffersState, standingOffers } from '../domain/offers.js';
import type { OfferListView, OfferView } from '../offers.views.js';

/**
 * Offers are sealed until the deadline: nobody, advisers included, reads their content before it, so
 * that no holder's price can leak to another and the jury opens them all at once. Only how many there
 * are is public. A holder always reads its own, and never another's.
 */
export function visibleOffers(call: OfferCall, state: OffersState, principal: Principal, now: string): OfferListView {
  const sealed = isSealed(call, now);
  const count = standingOffers(state).length;
  const items =
    principal.role === 'mandate-holder' ? state.offers.filter((offer) => ownedBy(offer, principal)) : sealed ? [] : state.offers;
  return { sealed, offersDueAt: call.offersDueAt, count, items: items.map(present) };
}

export function visibleOffer(call: OfferCall, state: OffersState, principal: Principal, now: string, offerId: string): OfferView {
  const offer = findOffer(state, offerId);
  const missing = notFound('OFFER_NOT_FOUND', `outsourcing ${call.outsourcingId} has no offer ${offerId}`);
  if (principal.role === 'mandate-holder') {
    if (!offer || !ownedBy(offer, principal)) throw missing;
    return present(offer);
  }
  if (isSealed(call, now))
    throw ruleBroken('OFFERS_SEALED', `offers for outsourcing ${call.outsourcingId} stay sealed until ${call.offersDueAt}`);
  if (!offer) throw missing;
  return present(offer);
}

export const isSealed = (call: OfferCall, now: string) => call.offersDueAt !== null && now <= call.offersDueAt;

const ownedBy = (offer: Offer, principal: Principal) => principal.org !== null && offer.enterpriseNumber === principal.org;

/** The jury's marks are the adviser's business (ranking, jury report), not part of the offer as read. */
function present({ marks: _, ...offer }: Offer): OfferView {
  return offer;
}
