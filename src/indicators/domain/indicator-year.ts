import type { Decider } from '../../shared/domain/decider.js';
import { invalid, ruleBroken } from '../../shared/domain/domain-error.js';
import { yearOf } from '../../shared/domain/calendar.js';
import type { IndicatorValues } from './indicator.js';
import type { IndicatorYearClosed, IndicatorYearEvent, IndicatorYearReopened } from './events.js';

/** closedOn / reopenedOn: the Brussels day of the decision, from the application's clock. */
export type IndicatorYearCommand =
  | {
      readonly type: 'CloseIndicatorYear';
      /** figures: the year's indicators as the log gives them now, read while no dated fact of the year can land. */
      readonly data: { readonly year: number; readonly closedOn: string; readonly figures: IndicatorValues };
    }
  | {
      readonly type: 'ReopenIndicatorYear';
      readonly data: { readonly year: number; readonly reason: string; readonly reopenedOn: string };
    };

export type IndicatorYearState = { readonly status: 'open' } | { readonly status: 'closed'; readonly closedOn: string };

export const initialIndicatorYearState: IndicatorYearState = { status: 'open' };

export function decideIndicatorYear(command: IndicatorYearCommand, state: IndicatorYearState): IndicatorYearEvent[] {
  switch (command.type) {
    case 'CloseIndicatorYear': {
      const { year, closedOn, figures } = command.data;
      if (state.status === 'closed') throw ruleBroken('YEAR_ALREADY_CLOSED', `${year} was closed on ${state.closedOn}`);
      // A year still running can only gain figures: calling them final would mislead the board.
      if (yearOf(closedOn) <= year)
        throw ruleBroken('YEAR_NOT_ENDED', `${year} has not ended yet; it can be closed from 1 January ${year + 1}`);
      return [{ type: 'IndicatorYearClosed', data: { year, closedOn, figures } } satisfies IndicatorYearClosed];
    }
    case 'ReopenIndicatorYear': {
      const { year, reason, reopenedOn } = command.data;
      if (state.status !== 'closed') throw ruleBroken('YEAR_NOT_CLOSED', `${year} is not closed: there is nothing to reopen`);
      // The board read the published figures: taking them back is only done with a reason inspectors can read.
      if (typeof reason !== 'string' || reason.trim() === '') throw invalid('REASON_REQUIRED', 'reason must not be empty', 'reason');
      return [{ type: 'IndicatorYearReopened', data: { year, reason, reopenedOn } } satisfies IndicatorYearReopened];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

export function evolveIndicatorYear(_: IndicatorYearState, event: IndicatorYearEvent): IndicatorYearState {
  switch (event.type) {
    case 'IndicatorYearClosed':
      return { status: 'closed', closedOn: event.data.closedOn };
    case 'IndicatorYearReopened':
      return { status: 'open' };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const indicatorYearDecider: Decider<IndicatorYearCommand, IndicatorYearState, IndicatorYearEvent> = {
  decide: decideIndicatorYear,
  evolve: evolveIndicatorYear,
  initialState: initialIndicatorYearState,
};
