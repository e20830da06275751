/**
 * Dates of the agency: a day is `YYYY-MM-DD` on the Europe/Brussels calendar; a year is a Brussels
 * calendar year. A timestamp with an offset counts on its Brussels date (31 Dec 23:30 UTC is 1 January).
 */
const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDay(day: string): boolean {
  if (!ISO_DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The Brussels calendar day of an instant. */
export function brusselsDay(instant: Date): string {
  return brusselsDate.format(instant);
}

/** A `YYYY-MM-DD` day stays as it is; a timestamp is taken to its Brussels day. */
export function toBrusselsDay(value: string): string {
  return ISO_DAY.test(value) ? value : brusselsDay(new Date(value));
}

export function yearOf(day: string): number {
  return Number(toBrusselsDay(day).slice(0, 4));
}
