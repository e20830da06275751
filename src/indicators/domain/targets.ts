import type { Decider } from '../../shared/domain/decider.js';
import { assertYearOpen } from '../../shared/domain/fact-dates.js';
import type { TargetsSet } from './events.js';
import { INDICATOR_CODES, type IndicatorCode, noTargets, type Targets, unitOf } from './indicator-catalogue.js';
import { assertTargetInUnit, sameTarget, type Target } from './target.js';

export interface SetTargets {
  readonly type: 'SetTargets';
  /** Codes left out have no target: the command states the year's whole set. */
  readonly data: {
    readonly year: number;
    readonly targets: Partial<Record<IndicatorCode, Target | null>>;
    /** Whether management closed the year: its published table, targets included, no longer moves. */
    readonly yearClosed?: boolean;
  };
}

export interface TargetsState {
  readonly targets: Targets | null;
}

export const initialTargetsState: TargetsState = { targets: null };

export function decideTargets(command: SetTargets, state: TargetsState): TargetsSet[] {
  if (command.data.yearClosed) assertYearOpen(command.data.year, { closedYears: [command.data.year] }, 'year');
  const targets = { ...noTargets(), ...command.data.targets } as Targets;
  for (const code of INDICATOR_CODES) if (targets[code] !== null) assertTargetInUnit(targets[code], unitOf(code), code);
  // Setting the same targets again, in whichever wording, changes nothing: it leaves no event in the history.
  if (state.targets !== null && INDICATOR_CODES.every((code) => sameTarget(state.targets![code], targets[code]))) return [];
  return [{ type: 'TargetsSet', data: { year: command.data.year, targets } }];
}

export function evolveTargets(_: TargetsState, event: TargetsSet): TargetsState {
  return { targets: event.data.targets };
}

export const targetsDecider: Decider<SetTargets, TargetsState, TargetsSet> = {
  decide: decideTargets,
  evolve: evolveTargets,
  initialState: initialTargetsState,
};
