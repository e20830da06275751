import type { IndicatorYearClosed, IndicatorYearEvent } from '../src/indicators/domain/events.js';
import type { IndicatorValues } from '../src/indicators/domain/indicator.js';
import { dataOf, type Projection } from './projection.js';

export interface IndicatorYearDocument {
  readonly year: number;
  readonly closedOn: string;
  readonly closedAt: string;
  /** The figures published at the close; absent for a close recorded before they were kept (v1). */
  readonly figures?: IndicatorValues;
}

/** Closed years with their published figures: a year without a document here (never closed, or reopened) is provisional. */
export const indicatorYearsProjection: Projection<IndicatorYearDocument> = {
  name: 'indicator-years',
  version: 2,
  handles: ['IndicatorYearClosed', 'IndicatorYearReopened'],
  documentIds: (event) => [String(dataOf<IndicatorYearEvent['data']>(event).year)],
  evolve(_, stored) {
    if (stored.type === 'IndicatorYearReopened') return null;
    const { year, closedOn, figures } = dataOf<IndicatorYearClosed['data']>(stored);
    return { year, closedOn, closedAt: stored.recordedAt, ...(figures ? { figures } : {}) };
  },
};
