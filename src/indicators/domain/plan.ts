import { invalid } from '../../shared/domain/domain-error.js';
import { MEASURE_IDS, type MeasureId } from './indicator-catalogue.js';

/** A line of the year's business plan: the code the plan prints and the measures it reports under it. */
export interface PlanRow {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  /** One or more: the 2017 plan reports outsourcings launched and organisations awarded under 2.13. */
  readonly measures: readonly MeasureId[];
  readonly note: string | null;
}

export interface Plan {
  readonly year: number;
  /** In the plan's order. */
  readonly rows: readonly PlanRow[];
}

/** The rules a plan keeps whatever its year: codes once, each measure once, every measure known. */
export function assertPlanRows(rows: readonly PlanRow[]): void {
  if (rows.length === 0) throw invalid('PLAN_EMPTY', 'a plan has at least one row', 'rows');
  const codes = new Set<string>();
  const measures = new Set<string>();
  rows.forEach((row, index) => {
    if (row.code.trim() === '') throw invalid('PLAN_CODE_REQUIRED', 'every row has a code', `rows.${index}.code`);
    if (codes.has(row.code)) throw invalid('PLAN_CODE_TWICE', `code ${row.code} is in the plan twice`, `rows.${index}.code`);
    codes.add(row.code);
    if (row.measures.length === 0) throw invalid('PLAN_ROW_WITHOUT_MEASURE', `${row.code} reports no measure`, `rows.${index}.measures`);
    row.measures.forEach((measure, m) => {
      if (!MEASURE_IDS.includes(measure))
        throw invalid('UNKNOWN_MEASURE', `${measure} is not a measure the service computes`, `rows.${index}.measures.${m}`);
      // One figure under two codes would be counted twice in the board's reading of the table.
      if (measures.has(measure)) throw invalid('MEASURE_TWICE', `${measure} is reported twice in the plan`, `rows.${index}.measures.${m}`);
      measures.add(measure);
    });
  });
}
