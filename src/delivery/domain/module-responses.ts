import { ruleBroken } from '../../shared/domain/domain-error.js';
import type { RecordedEvaluation } from './events.js';
import type { ModuleState } from './module.js';
import { responsesOf } from './scores.js';

/**
 * Satisfaction that cannot be inflated (DP26): per module and training year the responses counted are
 * either the participants' own evaluations or one distribution for the module as a whole, never both,
 * and never more responses than participants registered in the module for that year.
 */
export function participantsIn(state: ModuleState, year: number): number {
  return state.years.get(year)?.participants ?? 0;
}

/** The module's distribution of the year; an older log may stack several, the latest stands for them. */
export function distributionIn(state: ModuleState, year: number): RecordedEvaluation | null {
  const latest = state.years.get(year)?.distributionIds.at(-1);
  if (latest === undefined) return null;
  const { evaluationId, participantId, trainingDate, distribution } = state.evaluations.get(latest)!;
  return { evaluationId, participantId, trainingDate, distribution };
}

export function assertNoDistributionIn(state: ModuleState, year: number): void {
  const distribution = distributionIn(state, year);
  if (distribution)
    throw ruleBroken(
      'EVALUATION_MIXED',
      `the module's distribution ${distribution.evaluationId} already counts the responses of ${year}: a participant's own evaluation would count twice; replace the distribution instead`,
      'participantId',
    );
}

export function assertNoScoresIn(state: ModuleState, year: number): void {
  const scores = state.years.get(year)?.scores ?? 0;
  if (scores > 0)
    throw ruleBroken(
      'EVALUATION_MIXED',
      `${scores} participants of ${year} have their own evaluation: a distribution for the module would count them twice`,
      'distribution',
    );
}

export function assertResponsesWithin(responses: number, participants: number, year: number, field: string, hint = ''): void {
  if (responses > participants)
    throw ruleBroken(
      'MORE_RESPONSES_THAN_PARTICIPANTS',
      `${responses} responses for ${year}, but ${participants} participants registered in this module for ${year}${hint}`,
      field,
    );
}

export const responsesOfEvaluation = (evaluation: RecordedEvaluation) => responsesOf(evaluation.distribution);
