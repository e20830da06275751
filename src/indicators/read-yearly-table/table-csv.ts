import type { YearlyTable } from './yearly-table.query.js';

/** New columns go at the end: spreadsheets and the warehouse read the older ones by position. */
const COLUMNS = [
  'code',
  'nameNl',
  'nameEn',
  'unit',
  'previous',
  'target',
  'result',
  'met',
  'provisional',
  'revised',
  'measure',
  'targetText',
  'note',
  'estimate',
  'estimateNote',
] as const;

/** A result with nothing to divide is said so, never left blank like a missing target nor written as 0. */
const NOT_AVAILABLE = 'niet beschikbaar';

/**
 * The table for spreadsheets and the data warehouse: raw numbers (cents, shares 0..1, a point as
 * decimal separator), `;` between cells as Flemish spreadsheet software expects, empty for null; the
 * target also in the plan's words (`targetText`), `target` being the value it stands for; `estimate` only
 * while it is shown (a provisional year, the result below it or not available).
 */
export function tableCsv(table: YearlyTable): string {
  const lines = table.rows.map((row) => {
    const flat = { ...row, estimate: row.estimate?.value ?? null, estimateNote: row.estimate?.note ?? null };
    return COLUMNS.map((column) => (column === 'result' && row.reason === 'no-data' ? NOT_AVAILABLE : cell(flat[column]))).join(';');
  });
  return `${[COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`;
}

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
