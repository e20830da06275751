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
  /** Absent in documents of an older projection version: nothing recovered then. */
  readonly recoveredCents?: number;
}

/** The delivery of one Brussels calendar year, as the indicators context asks for it. */
export interface DeliveryFigures {
  readonly participants: number;
  readonly innovativeParticipants: number;
  readonly responses: number;
  readonly satisfied: number;
  /** Net paid (paid minus recovered) on every award dated in the year, a withdrawn one too: money out stays visible. */
  readonly paidCents: number;
  /** Granted on the standing awards dated in the year (DP23). */
  readonly grantedCents: number;
}

/**
 * The delivery of one Brussels calendar year (domain.md, "The indicators"): standing participants of
 * trainings held in the year (a participant removed again no longer counts), also only those under
 * innovative calls; evaluation responses of trainings in the year and those scoring 7 or more; net
 * paid on the awards dated in the year, whenever the payments were made, against what stands granted
 * of them: a payment on an award withdrawn later does not drop out, it shows as paid above granted.
 */
export function deliveryFigures(modules: readonly ModuleCounters[], awards: readonly AwardMoney[], year: number): DeliveryFigures {
  const key = String(year);
  const participants = (list: readonly ModuleCounters[]) => sum(list.map((m) => m.participantsByYear[key] ?? 0));
  const distributions = modules.map((m) => m.evaluationsByYear[key] ?? []);
  const ofYear = awards.filter((a) => a.awardYear === year);
  const standing = ofYear.filter((a) => !a.withdrawn);
  return {
    participants: participants(modules),
    innovativeParticipants: participants(modules.filter((m) => m.innovative)),
    responses: sum(distributions.map(responsesOf)),
    satisfied: sum(distributions.map(satisfiedOf)),
    paidCents: sum(ofYear.map((a) => a.paidCents - (a.recoveredCents ?? 0))),
    grantedCents: sum(standing.map((a) => a.grantedCents)),
  };
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
