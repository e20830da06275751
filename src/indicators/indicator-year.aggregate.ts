import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { type IndicatorYearClosed, indicatorYearSchemaVersions } from './domain/events.js';
import { type CloseIndicatorYear, indicatorYearDecider, type IndicatorYearState } from './domain/indicator-year.js';

export const indicatorYearAggregate: Aggregate<CloseIndicatorYear, IndicatorYearState, IndicatorYearClosed> = {
  decider: indicatorYearDecider,
  schemaVersions: indicatorYearSchemaVersions,
};
