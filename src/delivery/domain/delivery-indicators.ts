import type { DeliveryAwardDocument } from '../../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import { count, type IndicatorValues, ratio } from '../../indicators/domain/indicator.js';
import { responsesOf, satisfiedOf } from './scores.js';

/**
 * The delivery-side indicators of one Brussels calendar year (domain.md, "The indicators"):
 * 2.11 standing participants of trainings held in the year (a participant removed again no longer
 *   counts); DP7 the same under innovative calls; DP26 the share of evaluation responses of trainings
 *   in the year scoring 7 or more, with its response count; realisation: paid against granted for the
 *   standing awards dated in the year, whenever the payments were made.
 */
export function deliveryIndicators(
  modules: readonly ModuleDocument[],
  awards: readonly DeliveryAwardDocument[],
  year: number,
): IndicatorValues {
  const key = String(year);
  const participants = (list: readonly ModuleDocument[]) => sum(list.map((m) => m.participantsByYear[key] ?? 0));
  const distributions = modules.map((m) => m.evaluationsByYear[key] ?? []);
  const responses = sum(distributions.map(responsesOf));
  const satisfied = sum(distributions.map(satisfiedOf));
  const standing = awards.filter((a) => a.awardYear === year && !a.withdrawn);
  return {
    '2.11': count(participants(modules)),
    DP7: count(participants(modules.filter((m) => m.innovative))),
    DP26: ratio(satisfied, responses),
    'DP26.responses': count(responses),
    realisation: ratio(sum(standing.map((a) => a.paidCents)), sum(standing.map((a) => a.grantedCents))),
  };
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
