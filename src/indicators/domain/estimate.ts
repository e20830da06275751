import type { Aggregate, Decider } from '../../shared/domain/decider.js';
import { invalid, notFound } from '../../shared/domain/domain-error.js';
import { assertYearOpen } from '../../shared/domain/fact-dates.js';
import { type EstimateEvent, type EstimateRecorded, type EstimateWithdrawn, estimateSchemaVersions } from './events.js';
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
    readonly yearClosed?: boolean;
  };
}

/** The figure is in, or the estimate was wrong: management takes it off the table; the log keeps it. */
export interface WithdrawEstimate {
  readonly type: 'WithdrawEstimate';
  readonly data: {
    readonly year: number;
    readonly measure: MeasureId;
    readonly reason: string;
    readonly yearClosed?: boolean;
  };
}

export type EstimateCommand = RecordEstimate | WithdrawEstimate;

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

function decideRecord(command: RecordEstimate, state: EstimatesState): EstimateRecorded[] {
  const { year, measure, value, note } = command.data;
  assertInUnit(measure, value);
  const known = state.estimates[measure];
  // The same estimate again is no new figure: it leaves no event in the history.
  if (known !== undefined && known.value === value && known.note === note) return [];
  return [{ type: 'EstimateRecorded', data: { year, measure, value, note } }];
}

function decideWithdraw(command: WithdrawEstimate, state: EstimatesState): EstimateWithdrawn[] {
  const { year, measure, reason } = command.data;
  if (state.estimates[measure] === undefined) throw notFound('ESTIMATE_NOT_FOUND', `${year} has no estimate of ${measure} to withdraw`);
  return [{ type: 'EstimateWithdrawn', data: { year, measure, reason } }];
}

export function decideEstimate(command: EstimateCommand, state: EstimatesState): EstimateEvent[] {
  const { year, measure, yearClosed } = command.data;
  // A closed year has its published figures: its estimates no longer move, in or out.
  if (yearClosed) assertYearOpen(year, { closedYears: [year] }, 'year');
  if (!MEASURE_IDS.includes(measure)) throw invalid('UNKNOWN_MEASURE', `${measure} is not a measure the service computes`, 'code');
  switch (command.type) {
    case 'RecordEstimate':
      return decideRecord(command, state);
    case 'WithdrawEstimate':
      return decideWithdraw(command, state);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

export function evolveEstimates(state: EstimatesState, event: EstimateEvent): EstimatesState {
  switch (event.type) {
    case 'EstimateRecorded': {
      const { measure, value, note } = event.data;
      return { estimates: { ...state.estimates, [measure]: { value, note } } };
    }
    case 'EstimateWithdrawn': {
      const { [event.data.measure]: _withdrawn, ...rest } = state.estimates;
      return { estimates: rest };
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const estimatesDecider: Decider<EstimateCommand, EstimatesState, EstimateEvent> = {
  decide: decideEstimate,
  evolve: evolveEstimates,
  initialState: initialEstimatesState,
};

export const estimatesAggregate: Aggregate<EstimateCommand, EstimatesState, EstimateEvent> = {
  decider: estimatesDecider,
  schemaVersions: estimateSchemaVersions,
};

/** Shown while the year is provisional and the measured value is below the estimate or not available. */
export function estimateShown(estimate: Estimate | undefined, result: number | null, closed: boolean): Estimate | null {
  if (estimate === undefined || closed) return null;
  return result === null || result < estimate.value ? estimate : null;
}
