import { type Estimate, estimateShown } from './estimate.js';
import type { IndicatorUnit, IndicatorValue, IndicatorValues } from './indicator.js';
import { hasTarget, type MeasureId, measureOf, type Targets } from './indicator-catalogue.js';
import type { PlanRow } from './plan-row.js';
import { planLines } from './plan-lines.js';
import { isMet, type TargetKind, targetValue, termsOf } from './target.js';
import { targetText } from './target-text.js';

export interface TableRow {
  /** The code the year's plan prints (2.13), or the measure's own id in a year without a plan. */
  readonly code: string;
  /** The stable id of the measure the row reports; `previous` is this measure a year earlier. */
  readonly measure: MeasureId;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly unit: IndicatorUnit;
  /** Last year's result: the published one when last year is closed. */
  readonly previous: number | null;
  /** The value the target stands for (for a range its lower bound); null when it depends on a result not available. */
  readonly target: number | null;
  readonly targetKind: TargetKind | null;
  /** The range's upper bound. */
  readonly targetMax: number | null;
  /** The target in the plan's words ("+3 %", "≥ 1.500.000,00 €", "80–85 %"); null without a target. */
  readonly targetText: string | null;
  /** The same in English ("≥ previous year"), for the English dashboard. */
  readonly targetTextEn: string | null;
  /** The published result of a closed year, else the result the log gives now; null when not available. */
  readonly result: number | null;
  /** `no-data` when the result is a ratio with nothing to divide ("niet beschikbaar"), else null. */
  readonly reason: 'no-data' | null;
  /** A closed year corrected afterwards: the value the log gives now, null when equal to the published result. */
  readonly revised: number | null;
  /** null when there is no target or no result to compare. */
  readonly met: boolean | null;
  readonly provisional: boolean;
  /** The plan row's note, printed under the table as a footnote. */
  readonly note: string | null;
  /** Management's estimate while the year is provisional and the result is below it or not available. */
  readonly estimate: Estimate | null;
}

export interface YearlyTableInput {
  /** The figures the log gives now (as of the table's moment). */
  readonly current: IndicatorValues;
  readonly previous: IndicatorValues;
  readonly targets: Targets | null;
  readonly closed: boolean;
  /** The year's plan rows; null: the standard DAEB catalogue, one row per code. */
  readonly plan?: readonly PlanRow[] | null;
  /** What the close published; the result of a closed year, `current` shows beside it as a revision. */
  readonly published?: IndicatorValues | null;
  /** The year's estimates by measure, for figures not in yet. */
  readonly estimates?: Readonly<Partial<Record<MeasureId, Estimate>>>;
}

/**
 * One row per measure of the year's business plan: last year's result, this year's target and result.
 * A measure no context computes yet (delivery before it exists) shows null rather than a false zero.
 */
export function yearlyTable({
  current,
  previous,
  targets,
  closed,
  plan = null,
  published = null,
  estimates = {},
}: YearlyTableInput): TableRow[] {
  const answered = closed && published !== null ? published : current;
  return planLines(plan).map(({ code, measure, nameNl, nameEn, note }) => {
    const { unit } = measureOf(measure);
    const result = answered[measure]?.value ?? null;
    const lastYear = previous[measure]?.value ?? null;
    const set = hasTarget(measure) ? (targets?.[measure] ?? null) : null;
    const terms = set === null ? null : termsOf(set);
    const target = terms === null ? null : targetValue(terms, lastYear, unit);
    return {
      code,
      measure,
      nameNl,
      nameEn,
      unit,
      previous: lastYear,
      target,
      targetKind: terms?.kind ?? null,
      targetMax: terms?.kind === 'between' ? terms.max : null,
      targetText: terms === null ? null : targetText(terms, unit),
      targetTextEn: terms === null ? null : targetText(terms, unit, 'en'),
      result,
      reason: noData(answered[measure]) ? 'no-data' : null,
      revised: answered === current ? null : revision(answered[measure], current[measure]),
      met: terms === null ? null : isMet(terms, target, result),
      provisional: !closed,
      note,
      estimate: estimateShown(estimates[measure], result, closed),
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
