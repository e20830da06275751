import { ApiQuery } from '@nestjs/swagger';
import Joi from 'joi';
import { isValidDay } from '../domain/calendar.js';
import { readQuery } from './read-query.js';

/** A query parameter that is a day `YYYY-MM-DD` or an ISO timestamp with an offset; errors name `field`. */
export const instantParameter = (field: string) =>
  Joi.string().custom((value: string, helpers) => {
    // A timestamp must carry its offset: without one it would be read in the server's own time zone.
    if (isValidDay(value) || (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)))) return value;
    return helpers.message({ custom: `${field} must be a date YYYY-MM-DD or an ISO timestamp with an offset (Z or +01:00)` });
  });

/** The `asOf` query parameter in the API document, with what "then" means for this route. */
export const ApiAsOf = (meaning?: string) =>
  ApiQuery({
    name: 'asOf',
    required: false,
    description: `a date (end of that Brussels day) or timestamp${meaning ? `: ${meaning}` : ''}`,
  });

/** `asOf`: a day `YYYY-MM-DD` or an ISO timestamp with an offset. */
export const asOfParameter = () => instantParameter('asOf');

/** The start of a range: a day means from 00:00 in Brussels that day; a timestamp is taken as it is. */
export function toFromTimestamp(value: string): string {
  return new Date(isValidDay(value) ? brusselsMidnightUtc(value) : Date.parse(value)).toISOString();
}

/** A day means "as known at the end of that day in Brussels"; a timestamp is taken as it is. */
export function toAsOfTimestamp(value: string): string {
  if (!isValidDay(value)) return new Date(value).toISOString();
  const next = new Date(`${value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const nextDay = next.toISOString().slice(0, 10);
  return new Date(brusselsMidnightUtc(nextDay) - 1).toISOString();
}

/** The UTC instant of 00:00 in Brussels on a day (CET +1 or CEST +2). */
function brusselsMidnightUtc(day: string): number {
  for (const offset of [1, 2]) {
    const candidate = Date.parse(`${day}T00:00:00+0${offset}:00`);
    const local = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (local.startsWith(`${day}, 00`)) return candidate;
  }
  return Date.parse(`${day}T00:00:00+01:00`);
}

/** The query of a read that can be asked "as of": `asOf` beside the keys every read accepts. */
export const asOfQuery = () => readQuery.keys({ asOf: asOfParameter() });

/** The validated `asOf` as an instant, or null for "now". */
export const asOfInstant = (query: { asOf?: string }): string | null => (query.asOf ? toAsOfTimestamp(query.asOf) : null);
