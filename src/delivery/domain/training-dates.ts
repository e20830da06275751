import { yearOf } from '../../shared/domain/calendar.js';
import { DomainError, ruleBroken } from '../../shared/domain/domain-error.js';
import { type AccessProblem, accessProblem, type DeliveryAccess } from './delivery-rules.js';

/**
 * What the application layer read before dating a training, passed in as data so the domain stays
 * pure: today's Brussels day (from the clock), the award's date, and which of the years a training of
 * this award can fall in (award year up to this year) management has closed.
 */
export interface TrainingCalendar {
  readonly today: string;
  readonly awardedOn: string;
  readonly closedYears: readonly number[];
}

export interface DateProblem {
  readonly code: 'TRAINING_DATE_IN_FUTURE' | 'TRAINING_DATE_BEFORE_AWARD' | 'YEAR_CLOSED' | AccessProblem['code'];
  readonly message: string;
}

/**
 * Holders report trainings that were held (in arrears), under an award that existed then: a date after
 * today or before the award would count a training that cannot have been given (2.11 of 2099). A year
 * management closed has final figures that the board already read: nothing may count into it any more.
 * Messages name dates and years only, never anything of the person.
 */
export function trainingDateProblem(calendar: TrainingCalendar, trainingDate: string): DateProblem | null {
  if (trainingDate > calendar.today) {
    return {
      code: 'TRAINING_DATE_IN_FUTURE',
      message: `the training date ${trainingDate} is after today (${calendar.today}): report a training once it was held`,
    };
  }
  if (trainingDate < calendar.awardedOn) {
    return {
      code: 'TRAINING_DATE_BEFORE_AWARD',
      message: `the training date ${trainingDate} is before the award date ${calendar.awardedOn}`,
    };
  }
  return closedYearProblem(calendar, trainingDate);
}

/** Also for taking figures out (a removal, a replaced evaluation): a closed year's figures must not move. */
export function closedYearProblem(calendar: TrainingCalendar, trainingDate: string): DateProblem | null {
  const year = yearOf(trainingDate);
  return calendar.closedYears.includes(year)
    ? { code: 'YEAR_CLOSED', message: `${year} was closed by management: its figures are final and cannot change` }
    : null;
}

/** A delivered fact: a possible training day, under an award that stood and a mandate active that day. */
export function deliveredOnProblem(access: DeliveryAccess, calendar: TrainingCalendar, trainingDate: string): DateProblem | null {
  return trainingDateProblem(calendar, trainingDate) ?? accessProblem(access, trainingDate);
}

export function assertDeliveredOn(access: DeliveryAccess, calendar: TrainingCalendar, trainingDate: string, field: string): void {
  const problem = deliveredOnProblem(access, calendar, trainingDate);
  if (problem) throw ruleBroken(problem.code, problem.message, field);
}

export function assertYearOpen(calendar: TrainingCalendar, trainingDate: string, field: string): void {
  const problem = closedYearProblem(calendar, trainingDate);
  if (problem) throw ruleBroken(problem.code, problem.message, field);
}

export interface RefusedRow extends DateProblem {
  /** 1-based, as the holder counts the rows of its file. */
  readonly row: number;
}

/**
 * A batch of participants refused for their training dates, with every bad row, so that the holder
 * fixes its file in one go (as the import's other checks do). The code is the rule broken when all
 * rows break the same one; one participant answers exactly like a single registration.
 */
export class TrainingDatesRefused extends DomainError {
  constructor(readonly rows: readonly RefusedRow[]) {
    const codes = new Set(rows.map((r) => r.code));
    super(
      codes.size === 1 ? rows[0].code : 'TRAINING_DATES_REFUSED',
      rows.length === 1
        ? rows[0].message
        : `${rows.length} participants have a training date that cannot be registered (rows ${rows
            .slice(0, 10)
            .map((r) => r.row)
            .join(', ')}${rows.length > 10 ? ', …' : ''})`,
      'rule',
      'trainingDate',
    );
  }
}

export function assertDeliveredOnAll(access: DeliveryAccess, calendar: TrainingCalendar, trainingDates: readonly string[]): void {
  const rows: RefusedRow[] = [];
  trainingDates.forEach((date, index) => {
    const problem = deliveredOnProblem(access, calendar, date);
    if (problem) rows.push({ row: index + 1, ...problem });
  });
  if (rows.length > 0) throw new TrainingDatesRefused(rows);
}
