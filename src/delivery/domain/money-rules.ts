import { toBrusselsDay, yearOf } from '../../shared/domain/calendar.js';
import { ruleBroken } from '../../shared/domain/domain-error.js';
import type { AwardDeliveryState } from './award-delivery.js';

/**
 * What the application layer read before money moves on an award, passed in as data: today's Brussels
 * day, the award's date and withdrawal day, and which of the years from the award's up to this one
 * management has closed.
 */
export interface MoneyCalendar {
  readonly today: string;
  readonly awardedOn: string;
  readonly withdrawnOn: string | null;
  readonly closedYears: readonly number[];
}

/**
 * Money paid or paid back is a fact of its day: not after today, not before the award existed, not in
 * a year whose figures management has closed (its realisation was published).
 */
export function assertMoneyDate(calendar: MoneyCalendar, date: string, field: string): void {
  const day = toBrusselsDay(date);
  if (day > calendar.today) throw ruleBroken('DATE_IN_FUTURE', `${field} ${day} is after today (${calendar.today})`, field);
  if (day < calendar.awardedOn)
    throw ruleBroken('DATE_BEFORE_AWARD', `${field} ${day} is before the award date ${calendar.awardedOn}`, field);
  const year = yearOf(day);
  if (calendar.closedYears.includes(year))
    throw ruleBroken('YEAR_CLOSED', `${year} was closed by management: its figures are final and cannot change`, field);
}

/** Nothing is paid on an award after its withdrawal; a payment made before it and recorded late still is a fact. */
export function assertPayable(calendar: MoneyCalendar, paidOn: string, awardId: string): void {
  if (calendar.withdrawnOn !== null && toBrusselsDay(paidOn) >= calendar.withdrawnOn)
    throw ruleBroken(
      'AWARD_WITHDRAWN',
      `award ${awardId} was withdrawn on ${calendar.withdrawnOn}: nothing can be paid on it since`,
      'paidOn',
    );
}

/** A recovery takes back what was paid, never more. */
export function assertRecoverable(state: AwardDeliveryState, amountCents: number): void {
  const netPaid = state.paidCents - state.recoveredCents;
  if (amountCents > netPaid)
    throw ruleBroken(
      'RECOVERY_ABOVE_NET_PAID',
      `a recovery of ${amountCents} cents exceeds the ${netPaid} cents net paid on this award`,
      'amountCents',
    );
}
