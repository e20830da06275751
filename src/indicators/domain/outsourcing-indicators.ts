import { cents, count, type IndicatorValues, ratio } from './indicator.js';

/** The call side of one Brussels calendar year, as the outsourcing context counts it (its answer to "the figures of year Y"). */
export interface CallFigures {
  readonly launched: number;
  readonly launchedByProduct: Readonly<Record<'tender' | 'incentive' | 'open-offer', number>>;
  readonly innovativeLaunched: number;
  /** Launched in the year and ended with no standing award: nothing of the call was granted. */
  readonly notGranted: number;
  /** Current amounts of standing awards dated in the year, whenever the withdrawal or amendment happened. */
  readonly grantedCents: number;
  readonly innovativeGrantedCents: number;
  /** Distinct holders with a standing award dated in the year. */
  readonly holders: number;
}

/**
 * The call-side indicators of one Brussels calendar year (domain.md, "The indicators"):
 * DP23 granted budget: current amounts of awards dated in the year and not withdrawn, whenever the
 *   withdrawal or amendment happened; DP24 calls launched in the year whatever became of them, per
 *   product and how many ended with no standing award (not granted, cancelled, or closed after
 *   every award was withdrawn); DP25 distinct holders with a standing award dated in
 *   the year; DP5/DP6 the same restricted to innovative calls; the two innovation shares.
 */
export function outsourcingIndicators(figures: CallFigures): IndicatorValues {
  const { launched, launchedByProduct, innovativeLaunched, grantedCents, innovativeGrantedCents } = figures;
  return {
    DP23: cents(grantedCents),
    DP24: count(launched),
    'DP24.tender': count(launchedByProduct.tender),
    'DP24.incentive': count(launchedByProduct.incentive),
    'DP24.open-offer': count(launchedByProduct['open-offer']),
    'DP24.notGranted': count(figures.notGranted),
    DP25: count(figures.holders),
    DP5: count(innovativeLaunched),
    DP6: cents(innovativeGrantedCents),
    'share.budget': ratio(innovativeGrantedCents, grantedCents),
    'share.count': ratio(innovativeLaunched, launched),
  };
}
