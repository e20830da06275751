import type { BusinessPlanSet } from '../src/indicators/domain/events.js';
import type { PlanRow } from '../src/indicators/domain/plan-row.js';
import { defineProjection } from './projection.js';

export interface PlanDocument {
  readonly year: number;
  readonly rows: readonly PlanRow[];
  readonly updatedAt: string;
}

/** The business plan of each year as last set; its history (for "as of" reads) is the read store's. */
export const plansProjection = defineProjection<PlanDocument, BusinessPlanSet>({
  name: 'plans',
  version: 1,
  documentIds: (event) => [String(event.data.year)],
  on: {
    BusinessPlanSet: (_, { data: { year, rows }, recordedAt }) => ({ year, rows, updatedAt: recordedAt }),
  },
});
