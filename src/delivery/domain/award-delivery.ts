import type { AwardDeliveryEvent } from './events.js';

/** What an award's delivery stream must remember to decide: its modules' subjects and its money. */
export interface AwardDeliveryState {
  readonly moduleIds: readonly string[];
  /** Open offer: the subjects outside the approved package already passed on later. */
  readonly subjectsPassedOnLater: readonly string[];
  /** Payments, recoveries and follow-ups recorded: a write whose id is here is the retry of that write. */
  readonly recordIds: readonly string[];
  readonly paidCents: number;
  readonly recoveredCents: number;
}

export const initialAwardDeliveryState: AwardDeliveryState = {
  moduleIds: [],
  subjectsPassedOnLater: [],
  recordIds: [],
  paidCents: 0,
  recoveredCents: 0,
};

export function evolveAwardDelivery(state: AwardDeliveryState, event: AwardDeliveryEvent): AwardDeliveryState {
  switch (event.type) {
    case 'ModuleRegistered': {
      const { moduleId, subject, subjectPassedOnLater } = event.data;
      const passedOn =
        subjectPassedOnLater && !state.subjectsPassedOnLater.includes(subject)
          ? [...state.subjectsPassedOnLater, subject]
          : state.subjectsPassedOnLater;
      return { ...state, moduleIds: [...state.moduleIds, moduleId], subjectsPassedOnLater: passedOn };
    }
    case 'PaymentRecorded':
      return { ...state, recordIds: [...state.recordIds, event.data.paymentId], paidCents: state.paidCents + event.data.amountCents };
    case 'RecoveryRecorded':
      return {
        ...state,
        recordIds: [...state.recordIds, event.data.recoveryId],
        recoveredCents: state.recoveredCents + event.data.amountCents,
      };
    case 'FollowUpRecorded':
      return { ...state, recordIds: [...state.recordIds, event.data.followUpId] };
    case 'FinancialReportRecorded':
      return state;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
