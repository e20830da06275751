import type { Decider } from '../../shared/domain/decider.js';
import { ruleBroken } from '../../shared/domain/domain-error.js';
import { assertHappened } from '../../shared/domain/fact-dates.js';
import { decideAmend, decideWithdraw } from './award-changes.js';
import { decideAward } from './award.js';
import type {
  AmendAwardData,
  AwardOutsourcingData,
  CancelOutsourcingData,
  CloseOutsourcingData,
  DeclareNotGrantedData,
  LaunchOutsourcingData,
  WithdrawAwardData,
} from './commands.js';
import type { OutsourcingEvent } from './events.js';
import { decideLaunch } from './launch.js';
import {
  activeAwards,
  evolveOutsourcing,
  initialOutsourcingState,
  type ExistingOutsourcing,
  type OutsourcingState,
} from './outsourcing.js';
import { assertDay, assertNotBefore, assertReason, requireOpen, requireOutsourcing } from './rules.js';

export type OutsourcingCommand =
  | { readonly type: 'LaunchOutsourcing'; readonly data: LaunchOutsourcingData }
  | { readonly type: 'AwardOutsourcing'; readonly data: AwardOutsourcingData }
  | { readonly type: 'AmendAward'; readonly data: AmendAwardData }
  | { readonly type: 'WithdrawAward'; readonly data: WithdrawAwardData }
  | { readonly type: 'DeclareNotGranted'; readonly data: DeclareNotGrantedData }
  | { readonly type: 'CancelOutsourcing'; readonly data: CancelOutsourcingData }
  | { readonly type: 'CloseOutsourcing'; readonly data: CloseOutsourcingData };

export function decideOutsourcing(command: OutsourcingCommand, state: OutsourcingState): OutsourcingEvent[] {
  switch (command.type) {
    case 'LaunchOutsourcing':
      return decideLaunch(command.data, state);
    case 'AwardOutsourcing':
      return decideAward(command.data, state);
    case 'AmendAward':
      return decideAmend(command.data, state);
    case 'WithdrawAward':
      return decideWithdraw(command.data, state);
    case 'DeclareNotGranted': {
      const { reason, declaredOn, declaredAt } = command.data;
      const call = requireEnding(state, command.data, declaredOn, 'declaredOn', 'be declared not granted');
      // A call that ends with no award is "not granted"; it still counts as launched (DP24).
      requireNoStandingAward(call, 'declared not granted');
      const data = { outsourcingId: call.outsourcingId, reason, declaredOn, ...(declaredAt ? { declaredAt } : {}) };
      return [{ type: 'OutsourcingDeclaredNotGranted', data }];
    }
    case 'CancelOutsourcing': {
      const { reason, cancelledOn, cancelledAt } = command.data;
      const call = requireEnding(state, command.data, cancelledOn, 'cancelledOn', 'be cancelled');
      // Money promised to a holder is withdrawn award by award, with its own reason, before a cancellation.
      requireNoStandingAward(call, 'cancelled');
      const data = { outsourcingId: call.outsourcingId, reason, cancelledOn, ...(cancelledAt ? { cancelledAt } : {}) };
      return [{ type: 'OutsourcingCancelled', data }];
    }
    case 'CloseOutsourcing': {
      const { reason, closedOn, closedAt } = command.data;
      const call = requireEnding(state, command.data, closedOn, 'closedOn', 'be closed');
      // A call that ends with no award is not granted (DP24 counts those): closing is for awarded calls.
      if (activeAwards(call).length === 0) {
        throw ruleBroken(
          'OUTSOURCING_WITHOUT_AWARD',
          `outsourcing ${call.outsourcingId} has no standing award: declare it not granted (or cancel it) instead of closing it`,
        );
      }
      return [
        { type: 'OutsourcingClosed', data: { outsourcingId: call.outsourcingId, reason, closedOn, ...(closedAt ? { closedAt } : {}) } },
      ];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

/** A call ends once, while it is open, for a stated reason, not before it was launched nor after today. */
function requireEnding(
  state: OutsourcingState,
  { outsourcingId, reason, today }: { readonly outsourcingId: string; readonly reason: string; readonly today: string },
  day: string,
  field: string,
  action: string,
): ExistingOutsourcing {
  const call = requireOutsourcing(state, outsourcingId);
  requireOpen(call, action);
  assertReason(reason);
  assertDay(day, field);
  assertNotBefore(day, call.launchedOn, 'DATE_BEFORE_LAUNCH', field, 'the launch');
  assertHappened(day, { today }, field);
  return call;
}

function requireNoStandingAward(call: ExistingOutsourcing, what: string): void {
  const standing = activeAwards(call).length;
  if (standing > 0) {
    throw ruleBroken(
      'OUTSOURCING_HAS_AWARDS',
      `outsourcing ${call.outsourcingId} has ${standing} award(s) standing; withdraw them before it is ${what}`,
    );
  }
}

export const outsourcingDecider: Decider<OutsourcingCommand, OutsourcingState, OutsourcingEvent> = {
  decide: decideOutsourcing,
  evolve: evolveOutsourcing,
  initialState: initialOutsourcingState,
};
