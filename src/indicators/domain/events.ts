import type { DomainEvent } from '../../shared/domain/decider.js';
import type { Targets } from './indicator-catalogue.js';

/** Event type strings are permanent: they are the names in the log, never derived from class names. */
export const IndicatorEventTypes = {
  targetsSet: 'TargetsSet',
  yearClosed: 'IndicatorYearClosed',
} as const;

export const targetsSchemaVersions: Record<TargetsSet['type'], number> = { TargetsSet: 1 };
export const indicatorYearSchemaVersions: Record<IndicatorYearClosed['type'], number> = { IndicatorYearClosed: 1 };

/** The whole set of a year's targets as management set it; a later one replaces it. */
export type TargetsSet = DomainEvent<
  'TargetsSet',
  {
    readonly year: number;
    /** Every table code, null where there is no target. */
    readonly targets: Targets;
  }
>;

/** From here on the year's figures are final: delivery data that still arrives is not waited for. */
export type IndicatorYearClosed = DomainEvent<
  'IndicatorYearClosed',
  {
    readonly year: number;
    readonly closedOn: string;
  }
>;

export type IndicatorEvent = TargetsSet | IndicatorYearClosed;

export const targetsStream = (year: number) => `targets-${year}`;
export const indicatorYearStream = (year: number) => `indicator-year-${year}`;
