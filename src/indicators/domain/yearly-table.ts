import type { IndicatorUnit, IndicatorValue, IndicatorValues } from './indicator.js';
import { TABLE_INDICATORS, type Targets } from './indicator-catalogue.js';

export interface TableRow {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly unit: IndicatorUnit;
  readonly previous: number | null;
  readonly target: number | null;
  /** The published result of a closed year, else the result the log gives now; null when not available. */
  readonly result: number | null;
  /** `no-data` when the result is a ratio with nothing to divide ("niet beschikbaar"), else null. */
  readonly reason: 'no-data' | null;
  /** A closed year corrected afterwards: the value the log gives now, null when equal to the published result. */
  readonly revised: number | null;
  /** null when there is no target or no result to compare. */
  readonly met: boolean | null;
  readonly provisional: boolean;
}

export interface YearlyTableInput {
  /** The figures the log gives now (as of the table's moment). */
  readonly current: IndicatorValues;
  readonly previous: IndicatorValues;
  readonly targets: Targets | null;
  readonly closed: boolean;
  /** What the close published; the result of a closed year, `current` shows beside it as a revision. */
  readonly published?: IndicatorValues | null;
}

/**
 * One row per indicator of the business plan: last year's result, this year's target and result.
 * A code no context computes yet (delivery before it exists) shows null rather than a false zero.
 */
export function yearlyTable({ current, previous, targets, closed, published = null }: YearlyTableInput): TableRow[] {
  const answered = closed && published !== null ? published : current;
  return TABLE_INDICATORS.map(({ code, nameNl, nameEn, unit }) => {
    const result = answered[code]?.value ?? null;
    const target = targets?.[code] ?? null;
    return {
      code,
      nameNl,
      nameEn,
      unit,
      previous: previous[code]?.value ?? null,
      target,
      result,
      reason: noData(answered[code]) ? 'no-data' : null,
      revised: answered === current ? null : revision(answered[code], current[code]),
      // Higher is better for every indicator in the table.
      met: target === null || result === null ? null : result >= target,
      provisional: !closed,
    };
  });
}

const noData = (value: IndicatorValue | undefined) => value !== undefined && value.value === null && 'reason' in value;

/** The value now where it differs from the published one; a figure that became unavailable stays null (see reason). */
export function revision(published: IndicatorValue | undefined, now: IndicatorValue | undefined): number | null {
  const before = published?.value ?? null;
  const after = now?.value ?? null;
  return before === after ? null : after;
}

/** Per code, the value the log gives now where it differs from the published figures. */
export function revisions(published: IndicatorValues, now: IndicatorValues): Readonly<Record<string, number | null>> {
  const codes = new Set([...Object.keys(published), ...Object.keys(now)]);
  return Object.fromEntries(
    [...codes]
      .filter((code) => (published[code]?.value ?? null) !== (now[code]?.value ?? null))
      .map((code) => [code, now[code]?.value ?? null]),
  );
}
