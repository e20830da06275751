import type { IndicatorYearClosed } from '../src/indicators/domain/events.js';
import { defineProjection } from './projection.js';

export interface IndicatorYearDocument {
  readonly year: number;
  readonly closedOn: string;
  readonly closedAt: string;
}

/** Closed years: a year without a document here is still provisional. */
export const indicatorYearsProjection = defineProjection<IndicatorYearDocument, IndicatorYearClosed>({
  name: 'indicator-years',
  version: 1,
  documentIds: (event) => [String(event.data.year)],
  on: {
    IndicatorYearClosed: (_, { data: { year, closedOn }, recordedAt }) => ({ year, closedOn, closedAt: recordedAt }),
  },
});
