import type { Aggregate } from '../../shared/domain/decider.js';
import { type IndicatorYearClosed, indicatorYearSchemaVersions } from './events.js';
import { type CloseIndicatorYear, indicatorYearDecider, type IndicatorYearState } from './indicator-year.js';

export const indicatorYearAggregate: Aggregate<CloseIndicatorYear, IndicatorYearState, IndicatorYearClosed> = {
  decider: indicatorYearDecider,
  schemaVersions: indicatorYearSchemaVersions,
};
