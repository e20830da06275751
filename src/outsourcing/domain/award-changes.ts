import { ruleBroken } from '../../shared/domain/domain-error.js';
import { assertHappened } from '../../shared/domain/fact-dates.js';
import type { AmendAwardData, WithdrawAwardData } from './commands.js';
import type { AwardAmended, AwardWithdrawn } from './events.js';
import type { OutsourcingState } from './outsourcing.js';
import {
  assertDay,
  assertFitsBudget,
  assertNotBefore,
  assertPositiveCents,
  assertReason,
  requireAward,
  requireOutsourcing,
} from './rules.js';

/**
 * Granted amounts are corrected after a call closes too, and after management closed the award's year:
 * the correction is a fact of today and shows beside the published figure as a revision. (DP23 takes the amended amount instead of the old one); a cancelled or not-granted call has nothing left to correct.
 */
export function decideAmend(data: AmendAwardData, state: OutsourcingState): AwardAmended[] {
  const call = requireOutsourcing(state, data.outsourcingId);
  if (call.status === 'cancelled' || call.status === 'not-granted') {
    throw ruleBroken('OUTSOURCING_NOT_OPEN', `outsourcing ${call.outsourcingId} is ${call.status}; its awards can no longer be amended`);
  }
  const award = requireAward(call, data.awardId);
  assertReason(data.reason);
  assertDay(data.amendedOn, 'amendedOn');
  assertPositiveCents(data.amountCents, 'AMOUNT_NOT_POSITIVE_INTEGER', 'amountCents');
  if (data.amountCents === award.amountCents) {
    throw ruleBroken('AMOUNT_UNCHANGED', `award ${award.awardId} is already ${award.amountCents} cents`, 'amountCents');
  }
  assertNotBefore(data.amendedOn, award.awardedOn, 'AMENDMENT_BEFORE_AWARD', 'amendedOn', 'the award');
  assertHappened(data.amendedOn, data, 'amendedOn');
  assertFitsBudget(call, award.lot, data.amountCents, award.amountCents);
  const { awardId, amountCents, reason, amendedOn, amendedAt } = data;
  const previousAmountCents = award.amountCents;
  return [
    {
      type: 'AwardAmended',
      data: {
        outsourcingId: call.outsourcingId,
        awardId,
        previousAmountCents,
        amountCents,
        reason,
        amendedOn,
        ...(amendedAt ? { amendedAt } : {}),
      },
    },
  ];
}

/** A withdrawn award frees its lot, its slot and its budget; its facts travel along for projections. */
export function decideWithdraw(data: WithdrawAwardData, state: OutsourcingState): AwardWithdrawn[] {
  const call = requireOutsourcing(state, data.outsourcingId);
  const award = requireAward(call, data.awardId);
  assertReason(data.reason);
  assertDay(data.withdrawnOn, 'withdrawnOn');
  assertNotBefore(data.withdrawnOn, award.awardedOn, 'WITHDRAWAL_BEFORE_AWARD', 'withdrawnOn', 'the award');
  assertHappened(data.withdrawnOn, data, 'withdrawnOn');
  const { enterpriseNumber, amountCents, awardedOn } = award;
  return [
    {
      type: 'AwardWithdrawn',
      data: {
        outsourcingId: call.outsourcingId,
        awardId: award.awardId,
        enterpriseNumber,
        amountCents,
        awardedOn,
        reason: data.reason,
        withdrawnOn: data.withdrawnOn,
        ...(data.withdrawnAt ? { withdrawnAt: data.withdrawnAt } : {}),
      },
    },
  ];
}
