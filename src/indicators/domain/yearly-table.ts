import type { IndicatorUnit, IndicatorValues } from './indicator.js';
import { TABLE_INDICATORS, type Targets } from './indicator-catalogue.js';

export interface TableRow {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly unit: IndicatorUnit;
  readonly previous: number | null;
  readonly target: number | null;
  readonly result: number | null;
  /** null when there is no target or no result to compare. */
  readonly met: boolean | null;
  readonly provisional: boolean;
}

export interface YearlyTableInput {
  readonly current: IndicatorValues;
  readonly previous: IndicatorValues;
  readonly targets: Targets | null;
  readonly closed: boolean;
}

/**
 * One row per indicator of the business plan: last year's result, this year's target and result.
 * A code no context computes yet (delivery before it exists) shows null rather than a false zero.
 */
export function yearlyTable({ current, previous, targets, closed }: YearlyTableInput): TableRow[] {
  return TABLE_INDICATORS.map(({ code, nameNl, nameEn, unit }) => {
    const result = current[code]?.value ?? null;
    const target = targets?.[code] ?? null;
    return {
      code,
      nameNl,
      nameEn,
      unit,
      previous: previous[code]?.value ?? null,
      target,
      result,
      // Higher is better for every indicator in the table.
      met: target === null || result === null ? null : result >= target,
      provisional: !closed,
    };
  });
}
