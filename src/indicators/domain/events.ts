import type { DomainEvent } from '../../shared/domain/decider.js';
import type { IndicatorValues } from './indicator.js';
import type { MeasureId, Targets } from './indicator-catalogue.js';
import type { PlanRow } from './plan-row.js';

/** Event type strings are permanent: they are the names in the log, never derived from class names. */
export const IndicatorEventTypes = {
  targetsSet: 'TargetsSet',
  planSet: 'BusinessPlanSet',
  estimateRecorded: 'EstimateRecorded',
  estimateWithdrawn: 'EstimateWithdrawn',
  yearClosed: 'IndicatorYearClosed',
  yearReopened: 'IndicatorYearReopened',
} as const;

/** TargetsSet v2 words targets as the plan does (target.ts); a v1 bare number reads as "at least" unchanged. */
export const targetsSchemaVersions: Record<TargetsSet['type'], number> = { TargetsSet: 2 };
export const planSchemaVersions: Record<BusinessPlanSet['type'], number> = { BusinessPlanSet: 1 };
export const estimateSchemaVersions: Record<EstimateEvent['type'], number> = { EstimateRecorded: 1, EstimateWithdrawn: 1 };
/** IndicatorYearClosed v2 carries the published figures; a v1 close is read as the figures known at its recording. */
export const indicatorYearSchemaVersions: Record<IndicatorYearEvent['type'], number> = { IndicatorYearClosed: 2, IndicatorYearReopened: 1 };

/** The whole set of a year's targets as management set it; a later one replaces it. */
export type TargetsSet = DomainEvent<
  'TargetsSet',
  {
    readonly year: number;
    /** Every table code: its target as the plan words it (a bare number: at least), null where there is none. */
    readonly targets: Targets;
  }
>;

/** The rows of a year's business plan, in its order; a later one replaces it. A year without one reads the standard catalogue. */
export type BusinessPlanSet = DomainEvent<'BusinessPlanSet', { readonly year: number; readonly rows: readonly PlanRow[] }>;

/** Management's estimate of a figure not in yet, in the measure's unit; a later one for the measure replaces it. */
export type EstimateRecorded = DomainEvent<
  'EstimateRecorded',
  { readonly year: number; readonly measure: MeasureId; readonly value: number; readonly note: string | null }
>;

/** Management takes an estimate off the table (the figure is in, or it was wrong); a later one may stand again. */
export type EstimateWithdrawn = DomainEvent<
  'EstimateWithdrawn',
  { readonly year: number; readonly measure: MeasureId; readonly reason: string }
>;

export type EstimateEvent = EstimateRecorded | EstimateWithdrawn;

/**
 * From here on the year's figures are final and published: `figures` are the year's indicators as the
 * log gave them at the close (absent in v1 events). New facts dated in the year are refused; later
 * corrections show as revisions beside these.
 */
export type IndicatorYearClosed = DomainEvent<
  'IndicatorYearClosed',
  {
    readonly year: number;
    readonly closedOn: string;
    readonly figures?: IndicatorValues;
  }
>;

/** Management takes a published year back, for a stated reason; closing it again publishes new figures. */
export type IndicatorYearReopened = DomainEvent<
  'IndicatorYearReopened',
  {
    readonly year: number;
    readonly reason: string;
    readonly reopenedOn: string;
  }
>;

export type IndicatorYearEvent = IndicatorYearClosed | IndicatorYearReopened;

export type IndicatorEvent = TargetsSet | BusinessPlanSet | EstimateEvent | IndicatorYearEvent;

export const targetsStream = (year: number) => `targets-${year}`;
export const planStream = (year: number) => `plan-${year}`;
export const estimatesStream = (year: number) => `estimates-${year}`;
export const indicatorYearStream = (year: number) => `indicator-year-${year}`;
