import type { Product } from '../../outsourcing/domain/events.js';
import type { Decider } from '../../shared/domain/decider.js';
import { ruleBroken } from '../../shared/domain/domain-error.js';
import { type AwardDeliveryState, evolveAwardDelivery, initialAwardDeliveryState } from './award-delivery.js';
import { assertMayDeliverOn, type DeliveryAccess, MAX_SUBJECTS_PASSED_ON_LATER } from './delivery-rules.js';
import type { AwardDeliveryEvent, FinancialReportRecorded, FollowUpRecorded, PaymentRecorded, RecoveryRecorded } from './events.js';
import { assertMoneyDate, assertPayable, assertRecoverable, type MoneyCalendar } from './money-rules.js';

/** The award as the call granted it, read by the application layer and passed in as data. */
export interface AwardTerms extends DeliveryAccess {
  readonly outsourcingId: string;
  readonly product: Product;
  readonly innovative: boolean;
  readonly approvedSubjects: readonly string[];
}

export type AwardDeliveryCommand =
  | {
      readonly type: 'RegisterModule';
      readonly data: {
        readonly award: AwardTerms;
        readonly moduleId: string;
        readonly title: string;
        readonly subject: string;
        readonly hours: number;
        readonly plannedStart: string;
      };
    }
  | { readonly type: 'RecordFollowUp'; readonly data: FollowUpRecorded['data'] }
  | { readonly type: 'RecordPayment'; readonly data: PaymentRecorded['data'] & { readonly calendar: MoneyCalendar } }
  | { readonly type: 'RecordRecovery'; readonly data: RecoveryRecorded['data'] & { readonly calendar: MoneyCalendar } }
  | { readonly type: 'RecordFinancialReport'; readonly data: FinancialReportRecorded['data'] };

export function decideAwardDelivery(command: AwardDeliveryCommand, state: AwardDeliveryState): AwardDeliveryEvent[] {
  switch (command.type) {
    case 'RegisterModule': {
      const { award, moduleId, title, subject, hours, plannedStart } = command.data;
      const subjectPassedOnLater = award.product === 'open-offer' && !award.approvedSubjects.includes(subject);
      // The ids of a write are derived from its Idempotency-Key: an id already here is the retry of that write.
      const retried = state.moduleIds.includes(moduleId);
      // A module is judged on its planned start, as its trainings are on theirs: a holder suspended today
      // still registers, in arrears, the module it gave while it was active.
      if (!retried) assertMayDeliverOn(award, plannedStart, 'plannedStart');
      if (subjectPassedOnLater && !retried) assertMayPassOn(state, subject);
      return [
        {
          type: 'ModuleRegistered',
          data: {
            awardId: award.awardId,
            moduleId,
            outsourcingId: award.outsourcingId,
            enterpriseNumber: award.enterpriseNumber,
            innovative: award.innovative,
            title,
            subject,
            hours,
            plannedStart,
            subjectPassedOnLater,
          },
        },
      ];
    }
    case 'RecordFollowUp':
      return [{ type: 'FollowUpRecorded', data: command.data }];
    case 'RecordPayment': {
      const { calendar, ...payment } = command.data;
      // Payments above the granted amount are recorded, not refused: supervision flags them
      // (overcompensation), and must see what was actually paid.
      if (!state.recordIds.includes(payment.paymentId)) {
        assertMoneyDate(calendar, payment.paidOn, 'paidOn');
        assertPayable(calendar, payment.paidOn, payment.awardId);
      }
      return [{ type: 'PaymentRecorded', data: payment }];
    }
    case 'RecordRecovery': {
      const { calendar, ...recovery } = command.data;
      if (!state.recordIds.includes(recovery.recoveryId)) {
        assertMoneyDate(calendar, recovery.recoveredOn, 'recoveredOn');
        assertRecoverable(state, recovery.amountCents);
      }
      return [{ type: 'RecoveryRecorded', data: recovery }];
    }
    case 'RecordFinancialReport':
      return [{ type: 'FinancialReportRecorded', data: command.data }];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

/** Open offer: a package is approved; at most two more subjects may be passed on afterwards. */
function assertMayPassOn(state: AwardDeliveryState, subject: string): void {
  if (state.subjectsPassedOnLater.includes(subject)) return;
  if (state.subjectsPassedOnLater.length >= MAX_SUBJECTS_PASSED_ON_LATER) {
    throw ruleBroken(
      'SUBJECT_LIMIT_REACHED',
      `subject "${subject}" is not in the approved package and ${MAX_SUBJECTS_PASSED_ON_LATER} subjects were already passed on later (${state.subjectsPassedOnLater.join(', ')})`,
      'subject',
    );
  }
}

export const awardDeliveryDecider: Decider<AwardDeliveryCommand, AwardDeliveryState, AwardDeliveryEvent> = {
  decide: decideAwardDelivery,
  evolve: evolveAwardDelivery,
  initialState: initialAwardDeliveryState,
};
