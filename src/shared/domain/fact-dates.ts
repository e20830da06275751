import { yearOf } from './calendar.js';
import { ruleBroken } from './domain-error.js';

/**
 * What the application layer knows of the calendar when a dated fact is written, handed to the domain
 * as command data so that the domain reads no clock: today's Brussels day and which of the years the
 * fact can fall in management has closed.
 */
export interface FactCalendar {
  readonly today: string;
  readonly closedYears: readonly number[];
}

/** A fact that has happened (a launch, an award, an amendment ...) cannot be dated after today in Brussels. */
export function assertHappened(day: string, calendar: Pick<FactCalendar, 'today'>, field: string): void {
  if (day > calendar.today) {
    throw ruleBroken('DATE_IN_FUTURE', `${field} ${day} is after today (${calendar.today}): record a fact once it has happened`, field);
  }
}

/** A closed year's figures were published: no new fact may count into it (a correction shows as a revision instead). */
export function assertYearOpen(dayOrYear: string | number, calendar: Pick<FactCalendar, 'closedYears'>, field: string): void {
  const year = typeof dayOrYear === 'number' ? dayOrYear : yearOf(dayOrYear);
  if (calendar.closedYears.includes(year)) {
    throw ruleBroken('YEAR_CLOSED', `${field} falls in ${year}, which management has closed: its published figures no longer move`, field);
  }
}
