import type { Decider } from '../../shared/domain/decider.js';
import { ruleBroken } from '../../shared/domain/domain-error.js';
import { yearOf } from '../../shared/domain/calendar.js';
import type { IndicatorYearClosed } from './events.js';

export interface CloseIndicatorYear {
  readonly type: 'CloseIndicatorYear';
  /** closedOn: the Brussels day of the decision, from the application's clock. */
  readonly data: { readonly year: number; readonly closedOn: string };
}

export type IndicatorYearState = { readonly status: 'open' } | { readonly status: 'closed'; readonly closedOn: string };

export const initialIndicatorYearState: IndicatorYearState = { status: 'open' };

export function decideIndicatorYear(command: CloseIndicatorYear, state: IndicatorYearState): IndicatorYearClosed[] {
  const { year, closedOn } = command.data;
  if (state.status === 'closed') throw ruleBroken('YEAR_ALREADY_CLOSED', `${year} was closed on ${state.closedOn}`);
  // A year still running can only gain figures: calling them final would mislead the board.
  if (yearOf(closedOn) <= year)
    throw ruleBroken('YEAR_NOT_ENDED', `${year} has not ended yet; it can be closed from 1 January ${year + 1}`);
  return [{ type: 'IndicatorYearClosed', data: { year, closedOn } }];
}

export function evolveIndicatorYear(_: IndicatorYearState, event: IndicatorYearClosed): IndicatorYearState {
  return { status: 'closed', closedOn: event.data.closedOn };
}

export const indicatorYearDecider: Decider<CloseIndicatorYear, IndicatorYearState, IndicatorYearClosed> = {
  decide: decideIndicatorYear,
  evolve: evolveIndicatorYear,
  initialState: initialIndicatorYearState,
};
