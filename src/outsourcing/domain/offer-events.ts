import type { DomainEvent } from '../../shared/domain/decider.js';
import type { CriterionScore } from './events.js';

/**
 * Offers live in their own stream per call (`offers-{callId}`): a call draws dozens of offers and
 * their jury scores, and the call's own aggregate, read on every award, stays small.
 *
 * Every offer event carries `sealedUntil`, the call's deadline: the audit routes read it to keep an
 * offer's content hidden until then, without asking this context.
 */
export const offerSchemaVersions: Record<OfferEvent['type'], number> = {
  OfferSubmitted: 1,
  OfferWithdrawn: 1,
  OfferScored: 1,
};

export interface OfferAnswer {
  readonly criterion: string;
  readonly text: string;
}

export type OfferSubmitted = DomainEvent<
  'OfferSubmitted',
  {
    readonly outsourcingId: string;
    readonly offerId: string;
    /** Tenders: the lot offered on; else null. */
    readonly lot: number | null;
    readonly enterpriseNumber: string;
    readonly amountCents: number;
    readonly answers: readonly OfferAnswer[];
    readonly submittedAt: string;
    readonly sealedUntil: string;
    /** Above the lot's (or the call's) budget: the jury sees it, the offer still stands. */
    readonly overBudget: boolean;
    /** The holder's earlier offer on the same lot (or call), which this one replaces. */
    readonly replaces: string | null;
  }
>;

export type OfferWithdrawn = DomainEvent<
  'OfferWithdrawn',
  {
    readonly outsourcingId: string;
    readonly offerId: string;
    readonly enterpriseNumber: string;
    readonly withdrawnAt: string;
    readonly sealedUntil: string;
  }
>;

/** One jury member's scores of one offer, 0 to 10 per criterion; scoring again replaces them. */
export type OfferScored = DomainEvent<
  'OfferScored',
  {
    readonly outsourcingId: string;
    readonly offerId: string;
    readonly member: string;
    readonly external: boolean;
    readonly scores: readonly CriterionScore[];
    readonly scoredAt: string;
  }
>;

export type OfferEvent = OfferSubmitted | OfferWithdrawn | OfferScored;

export const offersStream = (outsourcingId: string) => `offers-${outsourcingId}`;
