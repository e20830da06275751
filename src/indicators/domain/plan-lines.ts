import type { IndicatorUnit, IndicatorValues } from './indicator.js';
import { type MeasureId, measureOf, type TableIndicator, TABLE_INDICATORS } from './indicator-catalogue.js';
import type { PlanRow } from './plan-row.js';

/** One figure as the year's plan prints it: its code there, the measure it reports, named for the plan. */
export interface PlanLine {
  readonly code: string;
  readonly measure: MeasureId;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly note: string | null;
}

/**
 * The year's lines in the plan's order; a plan row with two measures becomes two lines under its code,
 * each named after its measure too. A year without a plan reads the catalogue given, each measure under its own id.
 */
export function planLines(plan: readonly PlanRow[] | null, catalogue: readonly TableIndicator[] = TABLE_INDICATORS): PlanLine[] {
  if (plan === null) return catalogue.map(({ code, nameNl, nameEn }) => ({ code, measure: code as MeasureId, nameNl, nameEn, note: null }));
  return plan.flatMap((row) =>
    row.measures.map((measure) => {
      if (row.measures.length === 1) return { code: row.code, measure, nameNl: row.nameNl, nameEn: row.nameEn, note: row.note };
      const { nameNl, nameEn } = measureOf(measure);
      return { code: row.code, measure, nameNl: `${row.nameNl}: ${nameNl}`, nameEn: `${row.nameEn}: ${nameEn}`, note: row.note };
    }),
  );
}

export type PlanFigure = PlanLine & { readonly value: number | null; readonly unit: IndicatorUnit; readonly reason?: 'no-data' };

/**
 * The year's figures in its plan: one per line, its value from `values` (keyed by measure id). A measure
 * no context computes yet answers null without a reason, never a false zero.
 */
export function planFigures(lines: readonly PlanLine[], values: IndicatorValues): PlanFigure[] {
  return lines.map((line) => {
    const { unit } = measureOf(line.measure);
    const value = values[line.measure];
    return value === undefined ? { ...line, value: null, unit } : { ...line, ...value };
  });
}
