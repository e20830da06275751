import type { Aggregate } from '../../shared/domain/decider.js';
import { type IndicatorYearEvent, indicatorYearSchemaVersions } from './events.js';
import { type IndicatorYearCommand, indicatorYearDecider, type IndicatorYearState } from './indicator-year.js';

export const indicatorYearAggregate: Aggregate<IndicatorYearCommand, IndicatorYearState, IndicatorYearEvent> = {
  decider: indicatorYearDecider,
  schemaVersions: indicatorYearSchemaVersions,
};
