import type {
  EvaluationRecorded,
  EvaluationReplaced,
  FinancialReportRecorded,
  FollowUpRecorded,
  ModuleRegistered,
  ParticipantFacts,
  ParticipantRegistered,
  ParticipantRemoved,
  PaymentRecorded,
  RecordedEvaluation,
  ScoreDistribution,
  SessionRegistered,
} from '../../src/delivery/domain/events.js';
import { distributionOfScore } from '../../src/delivery/domain/scores.js';

/**
 * Givens for the delivery projection specs, in the exact shapes of src/delivery/domain/events.ts. Every
 * module belongs to award `a1` of holder HOLDER unless a spec says otherwise.
 */
export const HOLDER = '0123.456.749';
export const TRAINED_ON = '2016-09-05';

const factsOf = (moduleId: string, awardId = 'a1') => ({ moduleId, awardId, enterpriseNumber: HOLDER });

export const moduleRegistered = (moduleId: string, overrides: Partial<ModuleRegistered['data']> = {}): ModuleRegistered => ({
  type: 'ModuleRegistered',
  data: {
    ...factsOf(moduleId),
    outsourcingId: 'o1',
    innovative: false,
    title: `Module ${moduleId}`,
    subject: 'boekhouding',
    hours: 12,
    plannedStart: '2016-09-01',
    subjectPassedOnLater: false,
    ...overrides,
  },
});

export const sessionRegistered = (moduleId: string, sessionId: string, date: string, hours = 3): SessionRegistered => ({
  type: 'SessionRegistered',
  data: { ...factsOf(moduleId), sessionId, date, place: 'Gent', hours },
});

export const participantRegistered = (
  moduleId: string,
  participantId: string,
  overrides: Partial<ParticipantFacts> = {},
  awardId = 'a1',
): ParticipantRegistered => ({
  type: 'ParticipantRegistered',
  data: {
    ...factsOf(moduleId, awardId),
    participant: {
      participantId,
      personalDataRef: `vault-${participantId}`,
      trainingDate: TRAINED_ON,
      companyEnterpriseNumber: '0406.798.006',
      role: 'employee',
      targetGroups: ['starters'],
      ...overrides,
    },
  },
});

/** A participant's evaluation (one response) or, with participantId null, a module's distribution. */
export const evaluation = (
  evaluationId: string,
  participantId: string | null,
  distribution: ScoreDistribution,
  trainingDate = TRAINED_ON,
): RecordedEvaluation => ({ evaluationId, participantId, trainingDate, distribution });

export const scoreOf = (evaluationId: string, participantId: string, score: number, trainingDate = TRAINED_ON) =>
  evaluation(evaluationId, participantId, distributionOfScore(score), trainingDate);

export const evaluationRecorded = (moduleId: string, recorded: RecordedEvaluation): EvaluationRecorded => ({
  type: 'EvaluationRecorded',
  data: { ...factsOf(moduleId), ...recorded },
});

export const evaluationReplaced = (moduleId: string, recorded: RecordedEvaluation, replaced: RecordedEvaluation): EvaluationReplaced => ({
  type: 'EvaluationReplaced',
  data: { ...factsOf(moduleId), ...recorded, replaced },
});

export const participantRemoved = (
  moduleId: string,
  participantId: string,
  droppedEvaluation: RecordedEvaluation | null = null,
  trainingDate = TRAINED_ON,
  awardId = 'a1',
): ParticipantRemoved => ({
  type: 'ParticipantRemoved',
  data: {
    ...factsOf(moduleId, awardId),
    participantId,
    trainingDate,
    reason: 'registered twice',
    removedOn: '2016-10-01',
    droppedEvaluation,
  },
});

export const paymentRecorded = (awardId: string, paymentId: string, amountCents: number, paidOn = '2016-11-01'): PaymentRecorded => ({
  type: 'PaymentRecorded',
  data: { awardId, paymentId, amountCents, paidOn },
});

export const followUpRecorded = (awardId: string, followUpId: string, on = '2016-09-20'): FollowUpRecorded => ({
  type: 'FollowUpRecorded',
  data: { awardId, followUpId, kind: 'lesson-visit', on, finding: 'lively group', rating: 4 },
});

export const financialReportRecorded = (
  awardId: string,
  year: number,
  costsCents: number,
  reportedOn = `${year + 1}-02-15`,
): FinancialReportRecorded => ({
  type: 'FinancialReportRecorded',
  data: { awardId, year, costsCents, revenuesCents: 0, reportedOn },
});
