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

/** Named counters per key, as a projection's running totals keep them (projections/projection.ts, Tally). */
type YearCounters = Record<string, Record<string, number>>;

/** What one module adds to the figures of each training year: its standing participants and counted responses. */
export function moduleYearCounts(module: ModuleCounters): YearCounters {
  const counts: YearCounters = {};
  for (const [year, participants] of Object.entries(module.participantsByYear)) {
    counts[year] = { participants, ...(module.innovative ? { innovativeParticipants: participants } : {}) };
  }
  for (const [year, distribution] of Object.entries(module.evaluationsByYear)) {
    counts[year] = { ...counts[year], responses: responsesOf(distribution), satisfied: satisfiedOf(distribution) };
  }
  return counts;
}

/** What one award adds to the figures of its award year: net paid always, granted while it stands. */
export function awardYearCounts(award: AwardMoney): YearCounters {
  const paidCents = award.paidCents - (award.recoveredCents ?? 0);
  return { [String(award.awardYear)]: { paidCents, ...(award.withdrawn ? {} : { grantedCents: award.grantedCents }) } };
}

/**
 * The delivery of one Brussels calendar year (domain.md, "The indicators"): standing participants of
 * trainings held in the year (a participant removed again no longer counts), also only those under
 * innovative calls; evaluation responses of trainings in the year and those scoring 7 or more; net
 * paid on the awards dated in the year, whenever the payments were made, against what stands granted
 * of them: a payment on an award withdrawn later does not drop out, it shows as paid above granted.
 * Read from the year's running totals: the sums of moduleYearCounts and awardYearCounts.
 */
export function deliveryFiguresOf(modules: Readonly<Record<string, number>>, awards: Readonly<Record<string, number>>): DeliveryFigures {
  return {
    participants: modules.participants ?? 0,
    innovativeParticipants: modules.innovativeParticipants ?? 0,
    responses: modules.responses ?? 0,
    satisfied: modules.satisfied ?? 0,
    paidCents: awards.paidCents ?? 0,
    grantedCents: awards.grantedCents ?? 0,
  };
}

/** The same figures from the documents themselves: what the running totals must always equal. */
export function deliveryFigures(modules: readonly ModuleCounters[], awards: readonly AwardMoney[], year: number): DeliveryFigures {
  const key = String(year);
  return deliveryFiguresOf(sumOf(modules.map((m) => moduleYearCounts(m)[key])), sumOf(awards.map((a) => awardYearCounts(a)[key])));
}

function sumOf(counters: readonly (Readonly<Record<string, number>> | undefined)[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const c of counters) for (const [name, n] of Object.entries(c ?? {})) total[name] = (total[name] ?? 0) + n;
  return total;
}
