import type { Aggregate, Decider } from '../../shared/domain/decider.js';
import { invalid } from '../../shared/domain/domain-error.js';
import { assertYearOpen } from '../../shared/domain/fact-dates.js';
import { type EstimateRecorded, estimateSchemaVersions } from './events.js';
import { MEASURE_IDS, type MeasureId, measureOf } from './indicator-catalogue.js';

/** A figure not in yet, as management publishes it meanwhile ("about 11 000 participants"), with why. */
export interface Estimate {
  readonly value: number;
  readonly note: string | null;
}

export interface RecordEstimate {
  readonly type: 'RecordEstimate';
  readonly data: {
    readonly year: number;
    readonly measure: MeasureId;
    readonly value: number;
    readonly note: string | null;
    /** A closed year has its published figures: an estimate no longer stands in for anything. */
    readonly yearClosed?: boolean;
  };
}

export interface EstimatesState {
  readonly estimates: Readonly<Partial<Record<MeasureId, Estimate>>>;
}

export const initialEstimatesState: EstimatesState = { estimates: {} };

function assertInUnit(measure: MeasureId, value: number): void {
  const { unit } = measureOf(measure);
  const fits = Number.isFinite(value) && value >= 0 && (unit === 'ratio' ? value <= 1 : Number.isSafeInteger(value));
  if (fits) return;
  const expected =
    unit === 'ratio' ? 'a share between 0 and 1' : unit === 'EUR-cents' ? 'a whole number of euro cents >= 0' : 'a whole number >= 0';
  throw invalid('ESTIMATE_OUT_OF_RANGE', `the estimate of ${measure} must be ${expected}`, 'value');
}

export function decideEstimate(command: RecordEstimate, state: EstimatesState): EstimateRecorded[] {
  const { year, measure, value, note, yearClosed } = command.data;
  if (yearClosed) assertYearOpen(year, { closedYears: [year] }, 'year');
  if (!MEASURE_IDS.includes(measure)) throw invalid('UNKNOWN_MEASURE', `${measure} is not a measure the service computes`, 'code');
  assertInUnit(measure, value);
  const known = state.estimates[measure];
  // The same estimate again is no new figure: it leaves no event in the history.
  if (known !== undefined && known.value === value && known.note === note) return [];
  return [{ type: 'EstimateRecorded', data: { year, measure, value, note } }];
}

export function evolveEstimates(state: EstimatesState, { data: { measure, value, note } }: EstimateRecorded): EstimatesState {
  return { estimates: { ...state.estimates, [measure]: { value, note } } };
}

export const estimatesDecider: Decider<RecordEstimate, EstimatesState, EstimateRecorded> = {
  decide: decideEstimate,
  evolve: evolveEstimates,
  initialState: initialEstimatesState,
};

export const estimatesAggregate: Aggregate<RecordEstimate, EstimatesState, EstimateRecorded> = {
  decider: estimatesDecider,
  schemaVersions: estimateSchemaVersions,
};

/** Shown while the year is provisional and the measured value is below the estimate or not available. */
export function estimateShown(estimate: Estimate | undefined, result: number | null, closed: boolean): Estimate | null {
  if (estimate === undefined || closed) return null;
  return result === null || result < estimate.value ? estimate : null;
}
