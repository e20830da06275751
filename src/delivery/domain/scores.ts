import { invalid } from '../../shared/domain/domain-error.js';
import { SATISFIED_FROM, SCORES } from './delivery-rules.js';
import type { ScoreDistribution } from './events.js';

/** A single participant's score as a distribution of one response: both kinds of evaluation add up alike. */
export function distributionOfScore(score: number): ScoreDistribution {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw invalid('SCORE_OUT_OF_RANGE', `score must be a whole number from 0 to 10, not ${score}`, 'score');
  }
  return Array.from({ length: SCORES }, (_, s) => (s === score ? 1 : 0));
}

/** `{ "0": n, ..., "10": n }` as holders report it in arrears; absent scores count 0. */
export function distributionOfCounts(counts: Readonly<Record<string, number>>): ScoreDistribution {
  for (const [score, n] of Object.entries(counts)) {
    if (!/^(?:[0-9]|10)$/.test(score))
      throw invalid('SCORE_OUT_OF_RANGE', `distribution key ${score} is not a score from 0 to 10`, `distribution.${score}`);
    if (!Number.isInteger(n) || n < 0)
      throw invalid('INVALID_RESPONSE_COUNT', `distribution.${score} must be a whole number of responses`, `distribution.${score}`);
  }
  const distribution = Array.from({ length: SCORES }, (_, s) => counts[String(s)] ?? 0);
  if (responsesOf(distribution) === 0)
    throw invalid('EMPTY_DISTRIBUTION', 'a distribution must count at least one response', 'distribution');
  return distribution;
}

export const responsesOf = (distribution: ScoreDistribution) => distribution.reduce((sum, n) => sum + n, 0);

export const satisfiedOf = (distribution: ScoreDistribution) => distribution.slice(SATISFIED_FROM).reduce((sum, n) => sum + n, 0);

export const addDistributions = (a: ScoreDistribution, b: ScoreDistribution, sign: 1 | -1 = 1): ScoreDistribution =>
  Array.from({ length: SCORES }, (_, s) => (a[s] ?? 0) + sign * (b[s] ?? 0));

export const NO_RESPONSES: ScoreDistribution = Array.from({ length: SCORES }, () => 0);

/**
 * The responses of a module's training year that count (DP26): its distribution for the module as a
 * whole when it has one, else its participants' own evaluations, never both added up, so that one
 * participant cannot be counted twice.
 */
export function countedResponses(
  participantScores: ScoreDistribution | undefined,
  distribution: ScoreDistribution | undefined,
): ScoreDistribution {
  if (distribution && responsesOf(distribution) > 0) return distribution;
  return participantScores ?? NO_RESPONSES;
}
