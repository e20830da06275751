import type { DomainEvent } from '../../shared/domain/decider.js';

/**
 * Delivery events. Type strings are permanent (they are the names in the log). Every event carries the
 * facts its projections need (award, holder, training date), so that projections never look anything up.
 * No personal data in here: a participant is known by its id and a `personalDataRef` into the vault.
 */
export const deliverySchemaVersions: Record<DeliveryEvent['type'], number> = {
  ModuleRegistered: 1,
  FollowUpRecorded: 1,
  PaymentRecorded: 1,
  RecoveryRecorded: 1,
  FinancialReportRecorded: 1,
  SessionRegistered: 1,
  ParticipantRegistered: 1,
  ParticipantRemoved: 1,
  ParticipantErased: 1,
  EvaluationRecorded: 1,
  EvaluationReplaced: 1,
};

export type ParticipantRole = 'entrepreneur' | 'employee';
export type FollowUpKind = 'lesson-visit' | 'course-material-review' | 'progress-meeting';

/** Responses per score: index 0..10 holds how many participants gave that score. */
export type ScoreDistribution = readonly number[];

export type ModuleRegistered = DomainEvent<
  'ModuleRegistered',
  {
    readonly awardId: string;
    readonly moduleId: string;
    readonly outsourcingId: string;
    readonly enterpriseNumber: string;
    /** Copied from the call so that DP7 can be counted without a lookup. */
    readonly innovative: boolean;
    readonly title: string;
    readonly subject: string;
    readonly hours: number;
    readonly plannedStart: string;
    /** Open offer: a subject outside the approved package, passed on after the approval (at most 2). */
    readonly subjectPassedOnLater: boolean;
  }
>;

export type FollowUpRecorded = DomainEvent<
  'FollowUpRecorded',
  {
    readonly awardId: string;
    readonly followUpId: string;
    readonly kind: FollowUpKind;
    readonly on: string;
    readonly finding: string;
    /** 1 (insufficient) .. 5 (excellent). */
    readonly rating: number;
  }
>;

export type PaymentRecorded = DomainEvent<
  'PaymentRecorded',
  {
    readonly awardId: string;
    readonly paymentId: string;
    readonly amountCents: number;
    readonly paidOn: string;
  }
>;

/** Money paid back by the holder (financial supervision): it lowers what the award has net been paid. */
export type RecoveryRecorded = DomainEvent<
  'RecoveryRecorded',
  {
    readonly awardId: string;
    readonly recoveryId: string;
    readonly amountCents: number;
    readonly recoveredOn: string;
    readonly reason: string;
  }
>;

/** The holder's reported costs and revenues of a year; a later report for the same year replaces it. */
export type FinancialReportRecorded = DomainEvent<
  'FinancialReportRecorded',
  {
    readonly awardId: string;
    readonly year: number;
    readonly costsCents: number;
    readonly revenuesCents: number;
    readonly reportedOn: string;
  }
>;

export interface ModuleFacts {
  readonly moduleId: string;
  readonly awardId: string;
  readonly enterpriseNumber: string;
}

export type SessionRegistered = DomainEvent<
  'SessionRegistered',
  ModuleFacts & {
    readonly sessionId: string;
    readonly date: string;
    readonly place: string;
    readonly hours: number;
  }
>;

export interface ParticipantFacts {
  readonly participantId: string;
  readonly personalDataRef: string;
  readonly trainingDate: string;
  readonly companyEnterpriseNumber: string;
  readonly role: ParticipantRole;
  readonly targetGroups: readonly string[];
}

/** One event per participant; a bulk import appends all of them in one atomic append, or none. */
export type ParticipantRegistered = DomainEvent<'ParticipantRegistered', ModuleFacts & { readonly participant: ParticipantFacts }>;

export interface RecordedEvaluation {
  readonly evaluationId: string;
  /** null for a distribution reported for the module as a whole. */
  readonly participantId: string | null;
  readonly trainingDate: string;
  readonly distribution: ScoreDistribution;
}

export type ParticipantRemoved = DomainEvent<
  'ParticipantRemoved',
  ModuleFacts & {
    readonly participantId: string;
    readonly trainingDate: string;
    readonly reason: string;
    readonly removedOn: string;
    /** A participant registered by mistake takes its evaluation with it: projections subtract it. */
    readonly droppedEvaluation: RecordedEvaluation | null;
  }
>;

/** Why a person's personal data were erased: their own request (GDPR art. 17) or the end of the retention period. */
export type ErasureBasis = 'data-subject-request' | 'retention';

/**
 * A person's personal data were erased (their key destroyed). The participant still counts: only the
 * person is gone. Carries no personal data, only who was erased (by id), why and when; who erased is in
 * the metadata.
 */
export type ParticipantErased = DomainEvent<
  'ParticipantErased',
  ModuleFacts & {
    readonly participantId: string;
    readonly basis: ErasureBasis;
    readonly reason: string;
    readonly erasedOn: string;
  }
>;

export type EvaluationRecorded = DomainEvent<'EvaluationRecorded', ModuleFacts & RecordedEvaluation>;

/** A correction: the replaced evaluation's figures travel along so that projections can subtract them. */
export type EvaluationReplaced = DomainEvent<
  'EvaluationReplaced',
  ModuleFacts & RecordedEvaluation & { readonly replaced: RecordedEvaluation }
>;

export type AwardDeliveryEvent = ModuleRegistered | FollowUpRecorded | PaymentRecorded | RecoveryRecorded | FinancialReportRecorded;
export type ModuleEvent =
  SessionRegistered | ParticipantRegistered | ParticipantRemoved | ParticipantErased | EvaluationRecorded | EvaluationReplaced;
export type DeliveryEvent = AwardDeliveryEvent | ModuleEvent;

export const awardDeliveryStream = (awardId: string) => `award-delivery-${awardId}`;
export const moduleStream = (moduleId: string) => `module-${moduleId}`;
