import { yearOf } from '../../shared/domain/calendar.js';
import { cents, count, type IndicatorValues, ratio } from './indicator.js';

/** A call as the call-side indicators count it (the outsourcing context answers with these). */
export interface CountedCall {
  readonly product: string;
  readonly innovative: boolean;
  readonly launchedOn: string;
  readonly status: string;
  readonly awards: readonly CountedAward[];
}

export interface CountedAward {
  readonly enterpriseNumber: string;
  /** The current amount, after any amendment. */
  readonly amountCents: number;
  readonly awardedOn: string;
  readonly withdrawnOn: string | null;
}

/**
 * The call-side indicators of one Brussels calendar year (domain.md, "The indicators"):
 * DP23 granted budget: current amounts of awards dated in the year and not withdrawn, whenever the
 *   withdrawal or amendment happened; DP24 calls launched in the year whatever became of them, per
 *   product and how many ended with no standing award (not granted, cancelled, or closed after
 *   every award was withdrawn); DP25 distinct holders with a standing award dated in
 *   the year; DP5/DP6 the same restricted to innovative calls; the two innovation shares.
 */
export function outsourcingIndicators(calls: readonly CountedCall[], year: number): IndicatorValues {
  const launched = calls.filter((o) => yearOf(o.launchedOn) === year);
  const standingAwards = calls.flatMap((o) =>
    o.awards.filter((a) => yearOf(a.awardedOn) === year && a.withdrawnOn === null).map((award) => ({ award, innovative: o.innovative })),
  );
  const granted = sum(standingAwards.map((a) => a.award.amountCents));
  const innovativeGranted = sum(standingAwards.filter((a) => a.innovative).map((a) => a.award.amountCents));
  const innovativeLaunched = launched.filter((o) => o.innovative).length;
  return {
    DP23: cents(granted),
    DP24: count(launched.length),
    'DP24.tender': count(launched.filter((o) => o.product === 'tender').length),
    'DP24.incentive': count(launched.filter((o) => o.product === 'incentive').length),
    'DP24.open-offer': count(launched.filter((o) => o.product === 'open-offer').length),
    'DP24.notGranted': count(launched.filter(endedWithoutAward).length),
    DP25: count(new Set(standingAwards.map((a) => a.award.enterpriseNumber)).size),
    DP5: count(innovativeLaunched),
    DP6: cents(innovativeGranted),
    'share.budget': ratio(innovativeGranted, granted),
    'share.count': ratio(innovativeLaunched, launched.length),
  };
}

/** Ended (declared not granted, cancelled or closed) with no standing award: nothing of the call was granted. */
const endedWithoutAward = (o: CountedCall) => o.status !== 'launched' && o.awards.every((a) => a.withdrawnOn !== null);

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
