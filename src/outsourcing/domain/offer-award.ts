import { ruleBroken } from '../../shared/domain/domain-error.js';
import type { JuryReport } from './events.js';
import type { OfferCall } from './offer-commands.js';
import { requireOffersClosed, requireStandingOffer } from './offer-rules.js';
import type { OffersState } from './offers.js';
import { rankOffers } from './ranking.js';

export interface OfferAwardTerms {
  readonly offerId: string;
  readonly lot: number | null;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  readonly juryReport: JuryReport;
}

/**
 * An award from an offer takes the holder, the lot and the amount from the offer and the jury's scores
 * into its report. The jury's ranking binds: passing over the first-ranked offer (or choosing between
 * offers tied first) needs a motivation that says why. The award's own rules are checked after this.
 */
export function awardTermsFromOffer(
  call: OfferCall,
  state: OffersState,
  { offerId, motivation, now }: { readonly offerId: string; readonly motivation: string | null; readonly now: string },
): OfferAwardTerms {
  requireOffersClosed(call, now);
  const offer = requireStandingOffer(state, call, offerId);
  const ranked = rankOffers(call, state)
    .find((lot) => lot.lot === offer.lot)!
    .offers.find((candidate) => candidate.offerId === offerId)!;
  if (ranked.score === null) {
    throw ruleBroken('OFFER_NOT_SCORED', `no jury member scored offer ${offerId}: score it before awarding it`, 'offerId');
  }
  const place = offer.lot === null ? 'de oproep' : `perceel ${offer.lot}`;
  const first = ranked.rank === 1 && !ranked.tied;
  const given = motivation?.trim() ? motivation : null;
  if (!first && given === null) {
    const why = ranked.rank === 1 ? 'it is tied first with another offer' : `it is ranked ${ranked.rank}, not first`;
    throw ruleBroken('MOTIVATION_REQUIRED', `offer ${offerId} ${why} on ${place}: say why it is chosen in motivation`, 'motivation');
  }
  return {
    offerId,
    lot: offer.lot,
    enterpriseNumber: offer.enterpriseNumber,
    amountCents: offer.amountCents,
    juryReport: {
      motivation: given ?? `Eerst gerangschikte offerte op ${place}: ${ranked.score.toFixed(2)}/100.`,
      members: ranked.members.map(({ member, external }) => ({ name: member, external })),
      scores: ranked.criteria.map(({ criterion, mean }) => ({ criterion, score: mean })),
    },
  };
}
