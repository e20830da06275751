import type { Decider } from '../../shared/domain/decider.js';
import { invalid } from '../../shared/domain/domain-error.js';
import { assertYearOpen } from '../../shared/domain/fact-dates.js';
import type { TargetsSet } from './events.js';
import { INDICATOR_CODES, type IndicatorCode, noTargets, type Targets, unitOf } from './indicator-catalogue.js';

export interface SetTargets {
  readonly type: 'SetTargets';
  /** Codes left out have no target: the command states the year's whole set. */
  readonly data: {
    readonly year: number;
    readonly targets: Partial<Record<IndicatorCode, number | null>>;
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
  for (const code of INDICATOR_CODES) assertInUnit(code, targets[code]);
  // Setting the same values again changes nothing, so it leaves no event in the history.
  if (state.targets !== null && INDICATOR_CODES.every((code) => state.targets![code] === targets[code])) return [];
  return [{ type: 'TargetsSet', data: { year: command.data.year, targets } }];
}

export function evolveTargets(_: TargetsState, event: TargetsSet): TargetsState {
  return { targets: event.data.targets };
}

/** A target is in its indicator's unit: whole cents, whole counts, a share between 0 and 1. */
function assertInUnit(code: IndicatorCode, value: number | null): void {
  if (value === null) return;
  const unit = unitOf(code);
  const valid = unit === 'ratio' ? value >= 0 && value <= 1 : Number.isSafeInteger(value) && value >= 0;
  if (!valid) {
    const expected =
      unit === 'ratio' ? 'a share between 0 and 1' : unit === 'EUR-cents' ? 'a whole number of euro cents >= 0' : 'a whole number >= 0';
    throw invalid('TARGET_OUT_OF_RANGE', `the target of ${code} must be ${expected}`, `targets.${code}`);
  }
}

export const targetsDecider: Decider<SetTargets, TargetsState, TargetsSet> = {
  decide: decideTargets,
  evolve: evolveTargets,
  initialState: initialTargetsState,
};
