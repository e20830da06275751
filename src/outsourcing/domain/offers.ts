import type { CriterionScore, OfferAnswer, OfferEvent } from './events.js';

export const OFFER_STATUSES = ['standing', 'replaced', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface JuryMark {
  readonly member: string;
  readonly external: boolean;
  readonly scores: readonly CriterionScore[];
}

export interface Offer {
  readonly offerId: string;
  readonly lot: number | null;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  readonly answers: readonly OfferAnswer[];
  readonly submittedAt: string;
  readonly overBudget: boolean;
  readonly status: OfferStatus;
  readonly marks: readonly JuryMark[];
}

export interface OffersState {
  readonly offers: readonly Offer[];
}

export const initialOffersState: OffersState = { offers: [] };

export function evolveOffers(state: OffersState, event: OfferEvent): OffersState {
  switch (event.type) {
    case 'OfferSubmitted': {
      const { offerId, lot, enterpriseNumber, amountCents, answers, submittedAt, overBudget, replaces } = event.data;
      const earlier = state.offers.map((offer): Offer => (offer.offerId === replaces ? { ...offer, status: 'replaced' } : offer));
      const offer: Offer = { offerId, lot, enterpriseNumber, amountCents, answers, submittedAt, overBudget, status: 'standing', marks: [] };
      return { offers: [...earlier, offer] };
    }
    case 'OfferWithdrawn':
      return withOffer(state, event.data.offerId, (offer) => ({ ...offer, status: 'withdrawn' }));
    case 'OfferScored': {
      const { member, external, scores } = event.data;
      return withOffer(state, event.data.offerId, (offer) => ({
        ...offer,
        marks: [...offer.marks.filter((mark) => mark.member !== member), { member, external, scores }],
      }));
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function withOffer(state: OffersState, offerId: string, change: (offer: Offer) => Offer): OffersState {
  return { offers: state.offers.map((offer) => (offer.offerId === offerId ? change(offer) : offer)) };
}

export const findOffer = (state: OffersState, offerId: string) => state.offers.find((offer) => offer.offerId === offerId);

export const standingOffers = (state: OffersState) => state.offers.filter((offer) => offer.status === 'standing');
