/**
 * Dates of the agency: a day is `YYYY-MM-DD` on the Europe/Brussels calendar; a year is a Brussels
 * calendar year. A timestamp with an offset counts on its Brussels date (31 Dec 23:30 UTC is 1 January).
 */
const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Counted, not a `Date` round trip: an import checks two days a row, and the round trip was a third of its validation. */
export function isValidDay(day: string): boolean {
  if (!ISO_DAY.test(day)) return false;
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  if (month < 1 || month > 12 || date < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return date <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** An instant as clients send it: a day and a time with its offset (`Z`, `+01:00`); without an offset it would be ambiguous. */
export const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** A day as sent, and the instant it was taken from when a timestamp was sent (null for a plain day). */
export interface DatedFact {
  readonly day: string;
  readonly at: string | null;
}

/** `YYYY-MM-DD` as it is, a timestamp with an offset as its Brussels day; null when it is neither. */
export function parseDayOrTimestamp(value: string): DatedFact | null {
  if (isValidDay(value)) return { day: value, at: null };
  const match = ISO_TIMESTAMP.exec(value);
  if (!match || !isValidDay(match[1])) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : { day: brusselsDay(instant), at: value };
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

/** The half-year a day falls in, like `2016-H2`: open offers run in these rounds. */
export function halfYearOf(day: string): string {
  return `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The half-year after one like `2016-H2` (that is `2017-H1`). */
export function nextHalfYear(round: string): string {
  const year = Number(round.slice(0, 4));
  return round.endsWith('H1') ? `${year}-H2` : `${year + 1}-H1`;
}
