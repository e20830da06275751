import { toBrusselsDay } from '../../shared/domain/calendar.js';
import type { OutsourcingEvent, OutsourcingLaunched } from './events.js';

/** Where a call stands; the decider, the read model and the list filter all take their values from here. */
export const OUTSOURCING_STATUSES = ['launched', 'not-granted', 'cancelled', 'closed'] as const;
export type OutsourcingStatus = (typeof OUTSOURCING_STATUSES)[number];

/** The terms the call was launched with; they do not change afterwards. */
export type OutsourcingTerms = OutsourcingLaunched['data'];

export interface Award {
  readonly awardId: string;
  readonly lot: number | null;
  readonly enterpriseNumber: string;
  /** The current granted amount, after any amendment. */
  readonly amountCents: number;
  readonly awardedOn: string;
  readonly withdrawn: boolean;
  /** The Brussels day of the withdrawal, null while the award stands: delivery dates its refusals by it. */
  readonly withdrawnOn: string | null;
}

export type OutsourcingState =
  { readonly status: 'none' } | (OutsourcingTerms & { readonly status: OutsourcingStatus; readonly awards: readonly Award[] });

export type ExistingOutsourcing = Exclude<OutsourcingState, { status: 'none' }>;

export const initialOutsourcingState: OutsourcingState = { status: 'none' };

export function evolveOutsourcing(state: OutsourcingState, event: OutsourcingEvent): OutsourcingState {
  switch (event.type) {
    case 'OutsourcingLaunched':
      return { ...event.data, status: 'launched', awards: [] };
    case 'AwardGranted': {
      if (state.status === 'none') return state;
      const { awardId, lot, enterpriseNumber, amountCents, awardedOn } = event.data;
      return {
        ...state,
        awards: [...state.awards, { awardId, lot, enterpriseNumber, amountCents, awardedOn, withdrawn: false, withdrawnOn: null }],
      };
    }
    case 'AwardAmended':
      return withAward(state, event.data.awardId, (award) => ({ ...award, amountCents: event.data.amountCents }));
    case 'AwardWithdrawn':
      return withAward(state, event.data.awardId, (award) => ({
        ...award,
        withdrawn: true,
        withdrawnOn: toBrusselsDay(event.data.withdrawnOn),
      }));
    case 'OutsourcingDeclaredNotGranted':
      return withStatus(state, 'not-granted');
    case 'OutsourcingCancelled':
      return withStatus(state, 'cancelled');
    case 'OutsourcingClosed':
      return withStatus(state, 'closed');
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function withAward(state: OutsourcingState, awardId: string, change: (award: Award) => Award): OutsourcingState {
  if (state.status === 'none') return state;
  return { ...state, awards: state.awards.map((award) => (award.awardId === awardId ? change(award) : award)) };
}

function withStatus(state: OutsourcingState, status: OutsourcingStatus): OutsourcingState {
  return state.status === 'none' ? state : { ...state, status };
}

/** A withdrawn award no longer counts: it frees its lot, its slot and its budget. */
export function activeAwards(state: OutsourcingState): readonly Award[] {
  return state.status === 'none' ? [] : state.awards.filter((award) => !award.withdrawn);
}

export function findAward(state: OutsourcingState, awardId: string): Award | undefined {
  return state.status === 'none' ? undefined : state.awards.find((award) => award.awardId === awardId);
}

const sumOf = (awards: readonly Award[]) => awards.reduce((sum, award) => sum + award.amountCents, 0);

/** What the call can still grant: its budget less the current amounts of the awards that stand. */
export function remainingBudget(state: OutsourcingState): number {
  return state.status === 'none' ? 0 : state.budgetCents - sumOf(activeAwards(state));
}

/** What a tender lot can still grant; 0 for a lot the call does not have. */
export function remainingLotBudget(state: OutsourcingState, lotNumber: number): number {
  if (state.status === 'none') return 0;
  const lot = state.lots.find((candidate) => candidate.number === lotNumber);
  if (!lot) return 0;
  return lot.budgetCents - sumOf(activeAwards(state).filter((award) => award.lot === lotNumber));
}

/** The money an award may be granted: per lot for a tender, against the whole call otherwise. */
export function remainingBudgetFor(state: OutsourcingState, lot: number | null): number {
  return lot === null ? remainingBudget(state) : remainingLotBudget(state, lot);
}
