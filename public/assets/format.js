import { lang } from './i18n.js';

/**
 * Figures as a Flemish reader writes them, in both languages (the figures are the agency's):
 * `1.446.348,34 €`, `82,3 %`, `11.000`; the same rules as the API's print page.
 */
const NUMBERS = 'nl-BE';
const decimals = (digits) => new Intl.NumberFormat(NUMBERS, { minimumFractionDigits: digits, maximumFractionDigits: digits });
const euro = decimals(2);
const whole = decimals(0);
const percent = decimals(1);
const compact = new Intl.NumberFormat(NUMBERS, { notation: 'compact', maximumFractionDigits: 1 });

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 'EUR-cents') return `${euro.format(value / 100)} €`;
  if (unit === 'ratio') return `${percent.format(value * 100)} %`;
  return whole.format(value);
}

/** For chart axes: `1,4 mln. €`. */
export const formatEuroShort = (cents) => `${compact.format(cents / 100)} €`;
export const formatPercentShort = (ratio) => `${whole.format(ratio * 100)} %`;
export const formatCount = (value) => whole.format(value);

const dateLocale = () => (lang() === 'nl' ? 'nl-BE' : 'en-BE');

/** A calendar day `YYYY-MM-DD` as `15 juni 2016`. */
export function formatDay(day, dateStyle = 'long') {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(dateLocale(), { dateStyle, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant as a Brussels date and time: the agency's calendar. */
export function formatInstant(iso) {
  return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(
    new Date(iso),
  );
}

/** Relative change against the year before, `+12,5 %`; null when there is no base to compare with. */
export function formatChange(previous, result) {
  if (previous === null || result === null || previous === 0) return null;
  const change = (result - previous) / previous;
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${percent.format(Math.abs(change) * 100)} %`;
}
