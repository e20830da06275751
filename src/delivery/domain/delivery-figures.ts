import type { ScoreDistribution } from './events.js';
import { responsesOf, satisfiedOf } from './scores.js';

/** What the figures read of a module: whether its call is innovative and its counters by training year. */
export interface ModuleCounters {
  readonly innovative: boolean;
  readonly participantsByYear: Readonly<Record<string, number>>;
  readonly evaluationsByYear: Readonly<Record<string, ScoreDistribution>>;
}

/** What the figures read of an award's money. */
export interface AwardMoney {
  readonly awardYear: number;
  readonly withdrawn: boolean;
  readonly grantedCents: number;
  readonly paidCents: number;
}

/** The delivery of one Brussels calendar year, as the indicators context asks for it. */
export interface DeliveryFigures {
  readonly participants: number;
  readonly innovativeParticipants: number;
  readonly responses: number;
  readonly satisfied: number;
  readonly paidCents: number;
  readonly grantedCents: number;
}

/**
 * The delivery of one Brussels calendar year (domain.md, "The indicators"): standing participants of
 * trainings held in the year (a participant removed again no longer counts), also only those under
 * innovative calls; evaluation responses of trainings in the year and those scoring 7 or more; paid
 * and granted for the standing awards dated in the year, whenever the payments were made.
 */
export function deliveryFigures(modules: readonly ModuleCounters[], awards: readonly AwardMoney[], year: number): DeliveryFigures {
  const key = String(year);
  const participants = (list: readonly ModuleCounters[]) => sum(list.map((m) => m.participantsByYear[key] ?? 0));
  const distributions = modules.map((m) => m.evaluationsByYear[key] ?? []);
  const standing = awards.filter((a) => a.awardYear === year && !a.withdrawn);
  return {
    participants: participants(modules),
    innovativeParticipants: participants(modules.filter((m) => m.innovative)),
    responses: sum(distributions.map(responsesOf)),
    satisfied: sum(distributions.map(satisfiedOf)),
    paidCents: sum(standing.map((a) => a.paidCents)),
    grantedCents: sum(standing.map((a) => a.grantedCents)),
  };
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
