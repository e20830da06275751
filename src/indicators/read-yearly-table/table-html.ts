import type { IndicatorUnit } from '../domain/indicator.js';
import type { TableRow } from '../domain/yearly-table.js';
import type { YearlyTable } from './yearly-table.query.js';

const decimals = (digits: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const euro = decimals(2);
const whole = decimals(0);
const percent = decimals(1);

/** As a Flemish reader writes them: `1.446.348,34 €`, `82,3 %`, `11.000`. */
export function formatValue(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '–';
  if (unit === 'EUR-cents') return `${euro.format(value / 100)} €`;
  if (unit === 'ratio') return `${percent.format(value * 100)} %`;
  return whole.format(value);
}

/** The plan's words; a target relative to last year also shows the value it comes to, or – when not available. */
function targetCell(row: TableRow): string {
  if (row.targetText === null) return '–';
  const relative = row.targetKind === 'increaseOverPrevious' || row.targetKind === 'noLessThanPrevious';
  return relative ? `${escape(row.targetText)}<br><small>= ${formatValue(row.target, row.unit)}</small>` : escape(row.targetText);
}

/** "± 11.000 (raming)" under the result, its note among the footnotes. */
function estimateLine(row: TableRow, mark: (note: string | null) => string): string {
  if (row.estimate === null) return '';
  return `<br><small class="estimate">± ${formatValue(row.estimate.value, row.unit)} (raming)${mark(row.estimate.note)}</small>`;
}

const brusselsDateTime = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' });

/** A print-ready page of the table, in Dutch, self-contained (no scripts, no external assets). */
export function tableHtml(table: YearlyTable): string {
  const status = table.closedOn
    ? `Definitief (jaar afgesloten op ${escape(table.closedOn)})`
    : 'Voorlopig: gegevens over dit jaar kunnen nog binnenkomen';
  // A note shared by the rows of one plan code (2.13) is printed once, under one number.
  const notes = [
    ...new Set(table.rows.flatMap((row) => [row.note, row.estimate?.note ?? null]).filter((note): note is string => note !== null)),
  ];
  const mark = (note: string | null) => (note === null ? '' : `<sup class="note">${notes.indexOf(note) + 1})</sup>`);
  const rows = table.rows
    .map(
      (row) => `
      <tr>
        <th scope="row"><span class="code">${escape(row.code)}</span> ${escape(row.nameNl)}${mark(row.note)}</th>
        <td>${formatValue(row.previous, row.unit)}</td>
        <td>${targetCell(row)}</td>
        <td>${row.reason === 'no-data' ? 'niet beschikbaar' : formatValue(row.result, row.unit)}${row.provisional ? '<sup>*</sup>' : ''}${
          row.revised === null ? '' : `<br><small class="revised">gecorrigeerd na afsluiting: ${formatValue(row.revised, row.unit)}</small>`
        }${estimateLine(row, mark)}</td>
        <td>${row.met === null ? '–' : row.met ? 'Ja' : 'Nee'}</td>
      </tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>DAEB-indicatoren ${table.year}</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid #ccc; padding: .4rem .6rem; text-align: left; }
    td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .code { color: #555; font-weight: normal; margin-right: .4rem; }
    @media print { body { margin: 0; } @page { size: A4 landscape; margin: 15mm; } }
  </style>
</head>
<body>
  <h1>DAEB-indicatoren ${table.year}</h1>
  <p>Stand op ${escape(brusselsDateTime.format(new Date(table.asOf)))}. ${status}.</p>
  <table>
    <thead>
      <tr><th scope="col">Indicator</th><th scope="col">Resultaat ${table.year - 1}</th><th scope="col">Streefwaarde ${table.year}</th><th scope="col">Resultaat ${table.year}</th><th scope="col">Gehaald</th></tr>
    </thead>
    <tbody>${rows}
    </tbody>
  </table>
  ${table.closedOn ? '' : '<p><sup>*</sup> voorlopig cijfer</p>'}
  ${notes.length === 0 ? '' : `<ol class="notes">${notes.map((note) => `<li>${escape(note)}</li>`).join('')}</ol>`}
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
