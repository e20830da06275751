import type { CriterionScore, OfferAnswer } from './events.js';
import type { OutsourcingStatus, OutsourcingTerms } from './outsourcing.js';

/** The call's terms an offer is checked against, as the application layer read them from the call's stream. */
export type OfferCall = Pick<OutsourcingTerms, 'outsourcingId' | 'product' | 'awardCriteria' | 'lots' | 'budgetCents'> & {
  readonly status: OutsourcingStatus;
  /** The deadline as an ISO instant in UTC; null for a call that takes no offers. */
  readonly offersDueAt: string | null;
  /** The lots with an award that stands (null for a call without lots): their jury's scores are closed. */
  readonly awardedLots: readonly (number | null)[];
};

/** `now` is an ISO instant in UTC (toISOString), so that it compares with offersDueAt as text. */
export interface SubmitOfferData {
  readonly call: OfferCall;
  readonly offerId: string;
  readonly lot: number | null;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  readonly answers: readonly OfferAnswer[];
  readonly now: string;
  /** Read from the mandates context: only a holder with an active mandate today may offer. */
  readonly holderActive: boolean;
}

export interface WithdrawOfferData {
  readonly call: OfferCall;
  readonly offerId: string;
  /** The holder asking: another holder's offer does not exist for it. */
  readonly enterpriseNumber: string;
  readonly now: string;
}

export interface ScoreOfferData {
  readonly call: OfferCall;
  readonly offerId: string;
  readonly member: string;
  readonly external: boolean;
  readonly scores: readonly CriterionScore[];
  readonly now: string;
}

export type OfferCommand =
  | { readonly type: 'SubmitOffer'; readonly data: SubmitOfferData }
  | { readonly type: 'WithdrawOffer'; readonly data: WithdrawOfferData }
  | { readonly type: 'ScoreOffer'; readonly data: ScoreOfferData };
