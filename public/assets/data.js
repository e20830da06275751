import { outsourcings, yearlyTable } from './api.js';

/** Years on the charts: enough for a trend, few enough to read. */
const HISTORY = 8;

export const range = (from, to) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** The years the service holds calls or awards for, so the picker offers no empty decade. */
export function dataYears(calls, thisYear) {
  const years = calls.flatMap((call) => [call.year, ...call.awards.map((award) => award.awardYear)]);
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : { first: thisYear, last: thisYear };
}

/**
 * Everything the page shows for one year and one "as of": the table of the year, and the tables of the
 * years before it for the charts, all as known on the same date so the charts agree with the table.
 */
export async function loadDashboard({ year, asOf }) {
  const calls = await outsourcings(asOf);
  const thisYear = new Date().getFullYear();
  const span = dataYears(calls, thisYear);
  const selected = year ?? span.last;
  const years = range(Math.min(span.first, selected), Math.max(span.last, thisYear, selected));
  const from = Math.max(Math.min(span.first, selected), selected - HISTORY + 1);
  const history = await Promise.all(range(from, selected).map((y) => yearlyTable(y, asOf)));
  return { calls, years, year: selected, table: history.at(-1), history };
}

/** A row of a table by the measure it reports: the same across years whatever code the year's plan gives it. */
export const rowOf = (table, measure) => table.rows.find((row) => row.measure === measure) ?? null;
