import type { Decider } from '../../shared/domain/decider.js';
import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import type { MandateBasis, MandateEvent } from './events.js';
import { evolveMandate, initialMandateState, lastChangeOn, type MandateState } from './mandate.js';

export type MandateCommand =
  | {
      readonly type: 'GrantMandate';
      readonly data: {
        readonly enterpriseNumber: string;
        readonly name: string;
        readonly email: string;
        readonly basis: MandateBasis;
        readonly qualityLabel: string | null;
        readonly grantedOn: string;
      };
    }
  | {
      readonly type: 'SetNotificationPreferences';
      readonly data: { readonly enterpriseNumber: string; readonly email: string; readonly enabled: boolean };
    }
  | {
      readonly type: 'SuspendMandate' | 'ReinstateMandate' | 'RevokeMandate';
      readonly data: { readonly enterpriseNumber: string; readonly reason: string; readonly effectiveOn: string };
    };

export function decideMandate(command: MandateCommand, state: MandateState): MandateEvent[] {
  switch (command.type) {
    case 'GrantMandate': {
      // A revoked organisation may earn a new mandate (a new quality label); an existing one is not granted twice.
      if (state.status === 'active' || state.status === 'suspended') {
        throw ruleBroken('MANDATE_ALREADY_GRANTED', `${command.data.enterpriseNumber} already holds a mandate`);
      }
      if (command.data.basis === 'quality-label' && !command.data.qualityLabel) {
        throw ruleBroken('QUALITY_LABEL_REQUIRED', 'qualityLabel is required when basis is quality-label', 'qualityLabel');
      }
      assertNotBeforeLastChange(state, command.data.grantedOn, 'grantedOn');
      return [
        {
          type: 'MandateGranted',
          data: { ...command.data, qualityLabel: command.data.basis === 'quality-label' ? command.data.qualityLabel : null },
        },
      ];
    }
    case 'SuspendMandate':
      requireStatus(state, 'active', 'MANDATE_NOT_ACTIVE', 'only an active mandate can be suspended');
      assertNotBeforeLastChange(state, command.data.effectiveOn, 'effectiveOn');
      return [{ type: 'MandateSuspended', data: command.data }];
    case 'ReinstateMandate':
      requireStatus(state, 'suspended', 'MANDATE_NOT_SUSPENDED', 'only a suspended mandate can be reinstated');
      assertNotBeforeLastChange(state, command.data.effectiveOn, 'effectiveOn');
      return [{ type: 'MandateReinstated', data: command.data }];
    case 'RevokeMandate':
      if (state.status === 'none') throw notFound('MANDATE_NOT_GRANTED', 'this organisation holds no mandate');
      if (state.status !== 'active' && state.status !== 'suspended') {
        throw ruleBroken('MANDATE_NOT_REVOCABLE', 'only an active or suspended mandate can be revoked');
      }
      assertNotBeforeLastChange(state, command.data.effectiveOn, 'effectiveOn');
      return [{ type: 'MandateRevoked', data: command.data }];
    case 'SetNotificationPreferences': {
      if (state.status === 'none') throw notFound('MANDATE_NOT_GRANTED', 'this organisation holds no mandate');
      const current = state.notifications ?? { email: state.email, enabled: true };
      // Setting what is already set records nothing: the history shows only changes.
      if (current.email === command.data.email && current.enabled === command.data.enabled) return [];
      return [{ type: 'NotificationPreferencesSet', data: command.data }];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function requireStatus(state: MandateState, status: MandateState['status'], code: string, message: string): void {
  if (state.status === 'none') throw notFound('MANDATE_NOT_GRANTED', 'this organisation holds no mandate');
  if (state.status !== status) throw ruleBroken(code, `${message} (it is ${state.status})`);
}

/** The timeline only grows forward: a change cannot take effect before the last one. */
function assertNotBeforeLastChange(state: MandateState, day: string, field: string): void {
  const last = lastChangeOn(state);
  if (last !== null && day < last) {
    throw ruleBroken('EFFECTIVE_DATE_BEFORE_LAST_CHANGE', `${field} ${day} is before the mandate's last change on ${last}`, field);
  }
}

export const mandateDecider: Decider<MandateCommand, MandateState, MandateEvent> = {
  decide: decideMandate,
  evolve: evolveMandate,
  initialState: initialMandateState,
};
