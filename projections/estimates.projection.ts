import type { Estimate } from '../src/indicators/domain/estimate.js';
import type { EstimateEvent } from '../src/indicators/domain/events.js';
import type { MeasureId } from '../src/indicators/domain/indicator-catalogue.js';
import { defineProjection } from './projection.js';

export interface EstimatesDocument {
  readonly year: number;
  /** Per measure the estimate last recorded and not withdrawn; earlier ones stay in the log and in "as of" reads. */
  readonly estimates: Readonly<Partial<Record<MeasureId, Estimate>>>;
  readonly updatedAt: string;
}

/** The estimates of each year for figures not in yet. */
export const estimatesProjection = defineProjection<EstimatesDocument, EstimateEvent>({
  name: 'estimates',
  version: 1,
  documentIds: (event) => [String(event.data.year)],
  on: {
    EstimateRecorded: (document, { data: { year, measure, value, note }, recordedAt }) => ({
      year,
      estimates: { ...(document?.estimates ?? {}), [measure]: { value, note } },
      updatedAt: recordedAt,
    }),
    EstimateWithdrawn: (document, { data: { year, measure }, recordedAt }) => {
      const { [measure]: _withdrawn, ...estimates } = document?.estimates ?? {};
      return { year, estimates, updatedAt: recordedAt };
    },
  },
});
