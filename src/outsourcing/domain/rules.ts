import { isValidDay } from '../../shared/domain/calendar.js';
import { invalid, notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { findAward, remainingBudgetFor, type Award, type ExistingOutsourcing, type OutsourcingState } from './outsourcing.js';

/** Checks shared by the outsourcing commands. */
export function requireOutsourcing(state: OutsourcingState, outsourcingId: string): ExistingOutsourcing {
  if (state.status === 'none') throw notFound('OUTSOURCING_NOT_FOUND', `no outsourcing ${outsourcingId} was launched`);
  return state;
}

/** Nothing is awarded, declared or ended once a call is cancelled, not granted or closed. */
export function requireOpen(call: ExistingOutsourcing, action: string): void {
  if (call.status !== 'launched') {
    throw ruleBroken('OUTSOURCING_NOT_OPEN', `outsourcing ${call.outsourcingId} is ${call.status}; it can no longer ${action}`);
  }
}

export function requireAward(call: ExistingOutsourcing, awardId: string): Award {
  const award = findAward(call, awardId);
  if (!award) throw notFound('AWARD_NOT_FOUND', `outsourcing ${call.outsourcingId} has no award ${awardId}`);
  if (award.withdrawn) throw ruleBroken('AWARD_WITHDRAWN', `award ${awardId} was withdrawn`);
  return award;
}

/** Inspectors must read why every change was made. */
export function assertReason(reason: string): void {
  if (typeof reason !== 'string' || reason.trim() === '') throw invalid('REASON_REQUIRED', 'reason must not be empty', 'reason');
}

export function assertText(value: string, code: string, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(code, `${field} must not be empty`, field);
}

/** Dates are compared as text, which only holds for real `YYYY-MM-DD` days. */
export function assertDay(day: string, field: string): void {
  if (typeof day !== 'string' || !isValidDay(day)) throw invalid('DATE_INVALID', `${field} must be a day like 2016-03-01`, field);
}

export function assertNotBefore(day: string, earliest: string, code: string, field: string, what: string): void {
  if (day < earliest) throw ruleBroken(code, `${field} ${day} is before ${what} on ${earliest}`, field);
}

export const isPositiveInteger = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

/** Money is integer euro cents, never floats (DP23 is summed from these). */
export function assertPositiveCents(amountCents: number | null, code: string, field: string): asserts amountCents is number {
  if (!isPositiveInteger(amountCents)) throw invalid(code, `${field} must be a positive whole number of cents`, field);
}

/** A tender is split into a handful of lots; 50 is far beyond any call the agency writes. */
export const MAX_LOTS = 50;

/**
 * 10 billion euro, some thousand times the agency's yearly budget: with it a call's total and a year's
 * totals over thousands of calls stay safe integers (exact cents; Number.MAX_SAFE_INTEGER is 9·10^15).
 */
export const MAX_CALL_BUDGET_CENTS = 1_000_000_000_000;

export function assertCallBudget(budgetCents: number, field: string): void {
  if (!Number.isSafeInteger(budgetCents) || budgetCents > MAX_CALL_BUDGET_CENTS) {
    throw invalid(
      'BUDGET_TOO_LARGE',
      `the call's budget must be at most ${MAX_CALL_BUDGET_CENTS} cents (${formatEuro(MAX_CALL_BUDGET_CENTS)})`,
      field,
    );
  }
}

export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}EUR ${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * An award may not promise more than the call (for a tender: the lot) still has; `freedCents` is the
 * award's own current amount when it is being amended.
 */
export function assertFitsBudget(call: ExistingOutsourcing, lot: number | null, amountCents: number, freedCents = 0): void {
  const remaining = remainingBudgetFor(call, lot) + freedCents;
  if (amountCents > remaining) {
    const scope = lot === null ? 'the call' : `lot ${lot}`;
    throw ruleBroken(
      'AWARD_EXCEEDS_BUDGET',
      `amountCents ${amountCents} exceeds the remaining budget of ${scope}: ${remaining} cents (${formatEuro(remaining)})`,
      'amountCents',
    );
  }
}
