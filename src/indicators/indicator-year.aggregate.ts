import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { type IndicatorYearEvent, indicatorYearSchemaVersions } from './domain/events.js';
import { type IndicatorYearCommand, indicatorYearDecider, type IndicatorYearState } from './domain/indicator-year.js';

export const indicatorYearAggregate: Aggregate<IndicatorYearCommand, IndicatorYearState, IndicatorYearEvent> = {
  decider: indicatorYearDecider,
  schemaVersions: indicatorYearSchemaVersions,
};
