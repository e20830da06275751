import { toBrusselsDay } from '../../shared/domain/calendar.js';
import { ruleBroken } from '../../shared/domain/domain-error.js';

/**
 * What the application layer read about the award and the holder's mandate before a holder writes its
 * delivery, for the days the write dates its facts on (a training, a session, a module's planned start).
 */
export interface DeliveryAccess {
  readonly awardId: string;
  readonly enterpriseNumber: string;
  /** The Brussels day the award was withdrawn, null while it stands. */
  readonly awardWithdrawnOn: string | null;
  /** Whether the holder's mandate was active on each day the write dates a fact on; a day not asked counts as not active. */
  readonly mandateActiveOn: Readonly<Record<string, boolean>>;
}

export interface AccessProblem {
  readonly code: 'AWARD_WITHDRAWN' | 'MANDATE_NOT_ACTIVE';
  readonly message: string;
}

/**
 * A delivery fact is judged on its own day, whatever the holder's state today (domain.md): a holder
 * suspended or revoked today still reports, in arrears, the trainings it gave while it was active; a
 * training on or after the award's withdrawal, or while the mandate was suspended, was not delivered under it.
 */
export function accessProblem(access: DeliveryAccess, date: string): AccessProblem | null {
  const day = toBrusselsDay(date);
  if (access.awardWithdrawnOn !== null && day >= access.awardWithdrawnOn) {
    return {
      code: 'AWARD_WITHDRAWN',
      message: `award ${access.awardId} was withdrawn on ${access.awardWithdrawnOn}: nothing on ${day} can be registered on it`,
    };
  }
  if (access.mandateActiveOn[day] !== true) {
    return { code: 'MANDATE_NOT_ACTIVE', message: `the mandate of ${access.enterpriseNumber} was not active on ${day}` };
  }
  return null;
}

export function assertMayDeliverOn(access: DeliveryAccess, day: string, field: string): void {
  const problem = accessProblem(access, day);
  if (problem) throw ruleBroken(problem.code, problem.message, field);
}

/** An open-offer holder may pass on at most this many subjects after the approval of its package. */
export const MAX_SUBJECTS_PASSED_ON_LATER = 2;

export const SCORES = 11;

/** The share the agency reports for satisfaction: responses with a score of 7 or more. */
export const SATISFIED_FROM = 7;
