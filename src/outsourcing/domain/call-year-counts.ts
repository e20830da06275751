import { yearOf } from '../../shared/domain/calendar.js';
import { PRODUCTS, type Product } from './events.js';
import type { OutsourcingStatus } from './outsourcing.js';

/** A call as the yearly figures count it: its launch and its awards with their current amounts. */
export interface CountedCall {
  readonly product: Product;
  readonly innovative: boolean;
  readonly launchedOn: string;
  readonly status: OutsourcingStatus;
  readonly awards: readonly {
    readonly enterpriseNumber: string;
    /** The current amount, after any amendment. */
    readonly amountCents: number;
    readonly awardedOn: string;
    readonly withdrawnOn: string | null;
  }[];
}

/** The call side of one Brussels calendar year, as the indicators context asks for it. */
export interface CallYearFigures {
  /** Calls launched in the year, whatever became of them, in all and per product. */
  readonly launched: number;
  readonly launchedByProduct: Readonly<Record<Product, number>>;
  readonly innovativeLaunched: number;
  /** Launched in the year and ended (not granted, cancelled, closed) with no standing award. */
  readonly notGranted: number;
  /** Current amounts of the standing awards dated in the year, in all and under innovative calls. */
  readonly grantedCents: number;
  readonly innovativeGrantedCents: number;
  /** Distinct holders with a standing award dated in the year. */
  readonly holders: number;
}

const HOLDER = 'holder:';

/**
 * What one call adds to the figures of each Brussels calendar year (domain.md, "The indicators"): to
 * its launch year, a launched call (per product, innovative, ended without a standing award); to the
 * year each award is dated in, while the award stands, its current amount and one for its holder,
 * whenever the amendment or withdrawal happened. Summed over every call by the running totals.
 */
export function callYearCounts(call: CountedCall): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  const add = (year: number, name: string, by: number) => {
    const ofYear = (counts[String(year)] ??= {});
    ofYear[name] = (ofYear[name] ?? 0) + by;
  };
  const launchYear = yearOf(call.launchedOn);
  add(launchYear, 'launched', 1);
  add(launchYear, `launched.${call.product}`, 1);
  if (call.innovative) add(launchYear, 'launched.innovative', 1);
  if (call.status !== 'launched' && call.awards.every((a) => a.withdrawnOn !== null)) add(launchYear, 'launched.notGranted', 1);
  for (const award of call.awards) {
    if (award.withdrawnOn !== null) continue;
    const year = yearOf(award.awardedOn);
    add(year, 'grantedCents', award.amountCents);
    if (call.innovative) add(year, 'grantedCents.innovative', award.amountCents);
    add(year, `${HOLDER}${award.enterpriseNumber}`, 1);
  }
  return counts;
}

/** A year's figures from its running totals (the sums of callYearCounts over every call). */
export function callYearFigures(totals: Readonly<Record<string, number>>): CallYearFigures {
  const n = (name: string) => totals[name] ?? 0;
  return {
    launched: n('launched'),
    launchedByProduct: Object.fromEntries(PRODUCTS.map((p) => [p, n(`launched.${p}`)])) as Record<Product, number>,
    innovativeLaunched: n('launched.innovative'),
    notGranted: n('launched.notGranted'),
    grantedCents: n('grantedCents'),
    innovativeGrantedCents: n('grantedCents.innovative'),
    holders: Object.entries(totals).filter(([name, count]) => name.startsWith(HOLDER) && count > 0).length,
  };
}
