import { count, type IndicatorValues, ratio } from './indicator.js';

/** A year's delivery as the delivery context counts it (its answer to "the figures of year Y"). */
export interface DeliveryFigures {
  /** Standing participants of trainings held in the year. */
  readonly participants: number;
  /** The same, under innovative calls only. */
  readonly innovativeParticipants: number;
  /** Evaluation responses of trainings in the year, and those scoring 7 or more. */
  readonly responses: number;
  readonly satisfied: number;
  /** Net paid (paid minus recovered) on every award dated in the year, a withdrawn one too: money out stays visible. */
  readonly paidCents: number;
  /** Granted on the standing awards dated in the year (DP23): realisation is paidCents / grantedCents. */
  readonly grantedCents: number;
}

/**
 * The delivery-side indicators of one Brussels calendar year (domain.md, "The indicators"): 2.11
 * participants, DP7 those under innovative calls, DP26 the share of responses scoring 7 or more with
 * its response count, realisation paid against granted.
 */
export function deliveryIndicators(figures: DeliveryFigures): IndicatorValues {
  return {
    '2.11': count(figures.participants),
    DP7: count(figures.innovativeParticipants),
    DP26: ratio(figures.satisfied, figures.responses),
    'DP26.responses': count(figures.responses),
    realisation: ratio(figures.paidCents, figures.grantedCents),
  };
}
