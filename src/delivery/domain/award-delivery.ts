import type { AwardDeliveryEvent } from './events.js';

/** What an award's delivery stream must remember to decide: its modules' subjects. */
export interface AwardDeliveryState {
  readonly moduleIds: readonly string[];
  /** Open offer: the subjects outside the approved package already passed on later. */
  readonly subjectsPassedOnLater: readonly string[];
  readonly paymentIds: readonly string[];
}

export const initialAwardDeliveryState: AwardDeliveryState = { moduleIds: [], subjectsPassedOnLater: [], paymentIds: [] };

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
      return { ...state, paymentIds: [...state.paymentIds, event.data.paymentId] };
    case 'FollowUpRecorded':
    case 'FinancialReportRecorded':
      return state;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
