import type { Aggregate, Decider } from '../../shared/domain/decider.js';
import { invalid } from '../../shared/domain/domain-error.js';
import { assertYearOpen } from '../../shared/domain/fact-dates.js';
import { type BusinessPlanSet, planSchemaVersions } from './events.js';
import { MEASURE_IDS } from './indicator-catalogue.js';
import type { PlanRow } from './plan-row.js';

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

export interface SetPlan {
  readonly type: 'SetPlan';
  readonly data: {
    readonly year: number;
    readonly rows: readonly PlanRow[];
    /** A closed year's published table, codes included, no longer moves. */
    readonly yearClosed?: boolean;
  };
}

export interface PlanState {
  readonly rows: readonly PlanRow[] | null;
}

export const initialPlanState: PlanState = { rows: null };

export function decidePlan(command: SetPlan, state: PlanState): BusinessPlanSet[] {
  const { year, rows, yearClosed } = command.data;
  if (yearClosed) assertYearOpen(year, { closedYears: [year] }, 'year');
  assertPlanRows(rows);
  // The same plan again is no new decision: it leaves no event in the history.
  if (state.rows !== null && JSON.stringify(state.rows) === JSON.stringify(rows)) return [];
  return [{ type: 'BusinessPlanSet', data: { year, rows } }];
}

export const evolvePlan = (_: PlanState, event: BusinessPlanSet): PlanState => ({ rows: event.data.rows });

export const planDecider: Decider<SetPlan, PlanState, BusinessPlanSet> = {
  decide: decidePlan,
  evolve: evolvePlan,
  initialState: initialPlanState,
};

export const planAggregate: Aggregate<SetPlan, PlanState, BusinessPlanSet> = { decider: planDecider, schemaVersions: planSchemaVersions };
