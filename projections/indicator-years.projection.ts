import type { IndicatorYearClosed } from '../src/indicators/domain/events.js';
import { dataOf, type Projection } from './projection.js';

export interface IndicatorYearDocument {
  readonly year: number;
  readonly closedOn: string;
  readonly closedAt: string;
}

/** Closed years: a year without a document here is still provisional. */
export const indicatorYearsProjection: Projection<IndicatorYearDocument> = {
  name: 'indicator-years',
  version: 1,
  handles: ['IndicatorYearClosed'],
  documentIds: (event) => [String(dataOf<IndicatorYearClosed['data']>(event).year)],
  evolve(_, stored) {
    const { year, closedOn } = dataOf<IndicatorYearClosed['data']>(stored);
    return { year, closedOn, closedAt: stored.recordedAt };
  },
};
