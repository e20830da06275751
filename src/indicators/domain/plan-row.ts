import type { MeasureId } from './indicator-catalogue.js';

/** A line of the year's business plan: the code the plan prints and the measures it reports under it. */
export interface PlanRow {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  /** One or more: the 2017 plan reports outsourcings launched and organisations awarded under 2.13. */
  readonly measures: readonly MeasureId[];
  readonly note: string | null;
}
