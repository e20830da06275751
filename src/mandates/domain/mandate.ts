import type { MandateBasis, MandateEvent } from './events.js';

export type MandateStatus = 'active' | 'suspended' | 'revoked';

/** A mandate is a timeline: whether it is active is asked for a date. */
export interface MandatePeriod {
  readonly from: string;
  readonly status: MandateStatus;
}

export type MandateState =
  | { readonly status: 'none' }
  | {
      readonly status: MandateStatus;
      readonly enterpriseNumber: string;
      readonly name: string;
      readonly email: string;
      readonly basis: MandateBasis;
      readonly qualityLabel: string | null;
      readonly timeline: readonly MandatePeriod[];
      /** null: notices go to the mandate's e-mail address. */
      readonly notifications: { readonly email: string; readonly enabled: boolean } | null;
    };

export const initialMandateState: MandateState = { status: 'none' };

export function evolveMandate(state: MandateState, event: MandateEvent): MandateState {
  switch (event.type) {
    case 'MandateGranted': {
      const previous = state.status === 'none' ? [] : state.timeline;
      const { enterpriseNumber, name, email, basis, qualityLabel, grantedOn } = event.data;
      return {
        notifications: state.status === 'none' ? null : state.notifications,
        status: 'active',
        enterpriseNumber,
        name,
        email,
        basis,
        qualityLabel,
        timeline: [...previous, { from: grantedOn, status: 'active' }],
      };
    }
    case 'MandateSuspended':
      return withPeriod(state, event.data.effectiveOn, 'suspended');
    case 'MandateReinstated':
      return withPeriod(state, event.data.effectiveOn, 'active');
    case 'MandateRevoked':
      return withPeriod(state, event.data.effectiveOn, 'revoked');
    case 'NotificationPreferencesSet': {
      const { email, enabled } = event.data;
      return state.status === 'none' ? state : { ...state, notifications: { email, enabled } };
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function withPeriod(state: MandateState, from: string, status: MandateStatus): MandateState {
  if (state.status === 'none') return state;
  return { ...state, status, timeline: [...state.timeline, { from, status }] };
}

/** Status on a day: the last period that started on or before it; none before the first grant. */
export function mandateStatusOn(state: MandateState, day: string): MandateStatus | 'none' {
  if (state.status === 'none') return 'none';
  let status: MandateStatus | 'none' = 'none';
  for (const period of state.timeline) {
    if (period.from <= day) status = period.status;
  }
  return status;
}

export const isActiveOn = (state: MandateState, day: string) => mandateStatusOn(state, day) === 'active';

export function lastChangeOn(state: MandateState): string | null {
  return state.status === 'none' ? null : state.timeline[state.timeline.length - 1].from;
}
