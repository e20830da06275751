import type { DomainEvent } from '../../shared/domain/decider.js';

/** Event type strings are permanent: they are the names in the log, never derived from class names. */
export const OutsourcingEventTypes = {
  launched: 'OutsourcingLaunched',
  awardGranted: 'AwardGranted',
  awardAmended: 'AwardAmended',
  awardWithdrawn: 'AwardWithdrawn',
  declaredNotGranted: 'OutsourcingDeclaredNotGranted',
  cancelled: 'OutsourcingCancelled',
  closed: 'OutsourcingClosed',
} as const;

export const outsourcingSchemaVersions: Record<OutsourcingEvent['type'], number> = {
  OutsourcingLaunched: 1,
  AwardGranted: 1,
  AwardAmended: 1,
  AwardWithdrawn: 1,
  OutsourcingDeclaredNotGranted: 1,
  OutsourcingCancelled: 1,
  OutsourcingClosed: 1,
};

export const PRODUCTS = ['tender', 'incentive', 'open-offer'] as const;
export type Product = (typeof PRODUCTS)[number];
/** DP5 counts product, process and organisational innovation, framed by HR and social innovation. */
export type InnovationKind = 'product' | 'process' | 'organisational' | 'hr' | 'social';
export type OpenOfferVariant = 'generic' | 'sectoral';

export interface AwardCriterion {
  readonly name: string;
  readonly weight: number;
}

export interface Lot {
  readonly number: number;
  readonly title: string;
  readonly budgetCents: number;
}

/** The template and version a call was written from. */
export interface TemplateRef {
  readonly id: string;
  readonly version: number;
}

export interface JuryMember {
  readonly name: string;
  readonly external: boolean;
}

export interface CriterionScore {
  readonly criterion: string;
  readonly score: number;
}

/** The motivated decision the agency must be able to show for every award. */
export interface JuryReport {
  readonly motivation: string;
  readonly members: readonly JuryMember[];
  readonly scores: readonly CriterionScore[];
}

export type OutsourcingLaunched = DomainEvent<
  'OutsourcingLaunched',
  {
    readonly outsourcingId: string;
    readonly product: Product;
    readonly title: string;
    readonly launchedOn: string;
    /** The timestamp sent, when one was sent: launchedOn is its Brussels day. */
    readonly launchedAt?: string;
    readonly publicationRef: string;
    readonly contactAdviser: string;
    readonly innovative: boolean;
    readonly innovationKinds: readonly InnovationKind[];
    readonly targetGroups: readonly string[];
    readonly awardCriteria: readonly AwardCriterion[];
    /** For a tender: the sum of its lots. */
    readonly budgetCents: number;
    /** Tender only, else []. */
    readonly lots: readonly Lot[];
    /** Incentive only, else null. */
    readonly maxAwardees: number | null;
    /** Incentive only, else null. */
    readonly minParticipants: number | null;
    /** Open offer only, else null. */
    readonly variant: OpenOfferVariant | null;
    /** Open offer only (a half-year like 2016-H1), else null. */
    readonly round: string | null;
    /** The Brussels day offers are due by, when the call takes offers; absent for a call awarded directly. */
    readonly offersDueOn?: string;
    /** The deadline as an instant (UTC): the end of offersDueOn in Brussels, or the timestamp sent. */
    readonly offersDueAt?: string;
    /** When launched from a template: which one, at which version. */
    readonly template?: TemplateRef;
  }
>;

export type AwardGranted = DomainEvent<
  'AwardGranted',
  {
    readonly outsourcingId: string;
    readonly awardId: string;
    readonly lot: number | null;
    readonly enterpriseNumber: string;
    readonly amountCents: number;
    readonly awardedOn: string;
    /** The timestamp sent, when one was sent: awardedOn is its Brussels day. */
    readonly awardedAt?: string;
    readonly juryReport: JuryReport;
    /** Open offer only, else []. */
    readonly approvedSubjects: readonly string[];
    /** The offer the award was made from, when it was. */
    readonly offerId?: string;
  }
>;

export type AwardAmended = DomainEvent<
  'AwardAmended',
  {
    readonly outsourcingId: string;
    readonly awardId: string;
    readonly previousAmountCents: number;
    readonly amountCents: number;
    readonly reason: string;
    readonly amendedOn: string;
    readonly amendedAt?: string;
  }
>;

/** Carries the award's facts so that projections need no lookup. */
export type AwardWithdrawn = DomainEvent<
  'AwardWithdrawn',
  {
    readonly outsourcingId: string;
    readonly awardId: string;
    readonly enterpriseNumber: string;
    readonly amountCents: number;
    readonly awardedOn: string;
    readonly reason: string;
    readonly withdrawnOn: string;
    readonly withdrawnAt?: string;
  }
>;

export type OutsourcingDeclaredNotGranted = DomainEvent<
  'OutsourcingDeclaredNotGranted',
  {
    readonly outsourcingId: string;
    readonly reason: string;
    readonly declaredOn: string;
    readonly declaredAt?: string;
  }
>;

export type OutsourcingCancelled = DomainEvent<
  'OutsourcingCancelled',
  {
    readonly outsourcingId: string;
    readonly reason: string;
    readonly cancelledOn: string;
    readonly cancelledAt?: string;
  }
>;

export type OutsourcingClosed = DomainEvent<
  'OutsourcingClosed',
  {
    readonly outsourcingId: string;
    readonly reason: string;
    readonly closedOn: string;
    readonly closedAt?: string;
  }
>;

export type OutsourcingEvent =
  | OutsourcingLaunched
  | AwardGranted
  | AwardAmended
  | AwardWithdrawn
  | OutsourcingDeclaredNotGranted
  | OutsourcingCancelled
  | OutsourcingClosed;

export const outsourcingStream = (outsourcingId: string) => `outsourcing-${outsourcingId}`;

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
