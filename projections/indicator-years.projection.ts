import type { IndicatorYearEvent } from '../src/indicators/domain/events.js';
import type { IndicatorValues } from '../src/indicators/domain/indicator.js';
import { defineProjection } from './projection.js';

export interface IndicatorYearDocument {
  readonly year: number;
  readonly closedOn: string;
  readonly closedAt: string;
  /** The figures published at the close; absent for a close recorded before they were kept (v1). */
  readonly figures?: IndicatorValues;
}

/** Closed years with their published figures: a year without a document here (never closed, or reopened) is provisional. */
export const indicatorYearsProjection = defineProjection<IndicatorYearDocument, IndicatorYearEvent>({
  name: 'indicator-years',
  version: 2,
  documentIds: (event) => [String(event.data.year)],
  on: {
    IndicatorYearClosed: (_, { data: { year, closedOn, figures }, recordedAt }) => ({
      year,
      closedOn,
      closedAt: recordedAt,
      ...(figures ? { figures } : {}),
    }),
    IndicatorYearReopened: () => null,
  },
});
