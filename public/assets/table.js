import { fill, h } from './dom.js';
import { formatChange, formatValue } from './format.js';
import { indicatorName, lang, t } from './i18n.js';

/** Measures whose figure opens the records behind it, whatever code the year's plan prints for them. */
const DRILLS = { DP23: 'budget', DP25: 'holders' };
const DRILL_LABEL = { budget: 'showAwards', holders: 'showHolders' };
/** The headline figures above the table, by measure. */
const TILES = ['DP23', 'DP24', 'DP25', '2.11'];

const value = (v, unit) => h('span', { class: 'value' }, formatValue(v, unit));

/** A ratio with nothing to divide is not available, never 0 % (the agency's reports say so in words). */
const notAvailable = () => h('span', { class: 'value not-available', title: t('notAvailableHint') }, t('notAvailable'));

/**
 * The API answers a ratio as null only when there was nothing to divide; last year's row carries no
 * reason of its own, so the unit tells.
 */
const previousCell = (row) => (row.previous === null && row.unit === 'ratio' ? notAvailable() : value(row.previous, row.unit));

/** A closed year corrected afterwards: the published figure stands, the value now beside it. */
const revisedNote = (row) =>
  row.revised !== null &&
  h('span', { class: 'revised', title: t('revisedHint') }, t('revised', { value: formatValue(row.revised, row.unit) }));

function metMark(met) {
  if (met === null) return h('span', { class: 'mark none', title: t('noTarget'), 'aria-label': t('noTarget') }, '–');
  return h(
    'span',
    { class: `mark ${met ? 'yes' : 'no'}`, role: 'img', title: t(met ? 'met' : 'notMet'), 'aria-label': t(met ? 'met' : 'notMet') },
    met ? '✓' : '✗',
  );
}

const provisionalBadge = (row) => row.provisional && h('span', { class: 'badge', title: t('provisionalHint') }, t('badgeProvisional'));

function drillButton(onDrill, row) {
  const drill = DRILLS[row.measure];
  if (!drill) return null;
  return h(
    'button',
    {
      type: 'button',
      class: 'drill',
      dataset: { drill },
      'aria-label': `${t(DRILL_LABEL[drill])}: ${indicatorName(row)}`,
      onclick: () => onDrill(drill),
    },
    t(DRILL_LABEL[drill]),
    h('span', { 'aria-hidden': 'true' }, ' →'),
  );
}

/** "± 11.000 (raming)": management's estimate while the figure is not in yet, its note as a footnote. */
const estimateNote = (row, mark) =>
  row.estimate !== null &&
  h(
    'span',
    { class: 'estimate', title: t('estimateHint') },
    t('estimate', { value: formatValue(row.estimate.value, row.unit) }),
    mark(row.estimate.note),
  );

/** The figures with records behind them open those records: the result itself is the link. */
function resultCell(row, onDrill, mark) {
  if (row.reason === 'no-data') return [notAvailable(), revisedNote(row), estimateNote(row, mark)];
  if (row.result === null) return [h('span', { class: 'value muted', title: t('noData') }, '–'), estimateNote(row, mark)];
  const drill = DRILLS[row.measure];
  const figure = drill
    ? h(
        'button',
        {
          type: 'button',
          class: 'drill figure-link',
          dataset: { drill },
          title: t(DRILL_LABEL[drill]),
          'aria-label': `${formatValue(row.result, row.unit)}: ${t(DRILL_LABEL[drill])}`,
          onclick: () => onDrill(drill),
        },
        value(row.result, row.unit),
      )
    : value(row.result, row.unit);
  return [figure, ' ', provisionalBadge(row), revisedNote(row), estimateNote(row, mark)];
}

const RELATIVE = ['increaseOverPrevious', 'noLessThanPrevious'];

/** The API words the target in both languages; the numbers in them are Flemish either way. */
const targetWords = (row) => (lang() === 'nl' ? row.targetText : row.targetTextEn);

/** The target in the plan's words; one relative to last year also shows the value it comes to. */
function targetCell(row) {
  if (row.targetText === null) return h('span', { class: 'target-text muted', title: t('noTarget') }, '–');
  const words = h('span', { class: 'target-text' }, targetWords(row));
  return RELATIVE.includes(row.targetKind) ? [words, h('small', { class: 'target-value' }, '= ', value(row.target, row.unit))] : words;
}

function tableRow(row, onDrill, mark) {
  return h(
    'tr',
    { dataset: { code: row.code, measure: row.measure } },
    h(
      'th',
      { scope: 'row' },
      h(
        'span',
        { class: 'indicator' },
        h('span', { class: 'code' }, row.code),
        h('span', { class: 'name' }, indicatorName(row), mark(row.note)),
      ),
    ),
    h('td', { class: 'num', dataset: { col: 'previous' } }, previousCell(row)),
    h('td', { class: 'num', dataset: { col: 'target' } }, targetCell(row)),
    h('td', { class: 'num result', dataset: { col: 'result' } }, resultCell(row, onDrill, mark)),
    h('td', { class: 'met', dataset: { col: 'met' } }, metMark(row.met)),
  );
}

/** The plan rows' and estimates' notes, each once (2.13's two rows share one), numbered in table order. */
function footnotes(rows) {
  const notes = [...new Set(rows.flatMap((row) => [row.note, row.estimate?.note ?? null]).filter((note) => note !== null))];
  const mark = (note) => note !== null && h('sup', { class: 'note-mark' }, `${notes.indexOf(note) + 1})`);
  return { notes, mark };
}

export function renderTable(container, table, onDrill) {
  const { year } = table;
  const { notes, mark } = footnotes(table.rows);
  fill(
    container,
    h(
      'table',
      { id: 'indicator-table', class: 'indicators' },
      h('caption', {}, t('caption', { year })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('colIndicator')),
          h('th', { scope: 'col', class: 'num' }, t('colPrevious', { year: year - 1 })),
          h('th', { scope: 'col', class: 'num' }, t('colTarget', { year })),
          h('th', { scope: 'col', class: 'num' }, t('colResult', { year })),
          h('th', { scope: 'col', class: 'met' }, t('colMet')),
        ),
      ),
      h(
        'tbody',
        {},
        table.rows.map((row) => tableRow(row, onDrill, mark)),
      ),
    ),
    notes.length > 0 &&
      h(
        'ol',
        { id: 'table-notes', class: 'notes', 'aria-label': t('notes') },
        notes.map((note) => h('li', {}, note)),
      ),
  );
}

function tileFigure(row) {
  if (row.reason === 'no-data') return h('span', { class: 'muted not-available' }, t('notAvailable'));
  return row.result === null ? h('span', { class: 'muted' }, '–') : formatValue(row.result, row.unit);
}

function tile(row, year, onDrill) {
  const change = formatChange(row.previous, row.result);
  return h(
    'section',
    { class: 'tile', 'aria-labelledby': `tile-${row.measure}`, dataset: { code: row.code, measure: row.measure } },
    h('h3', { id: `tile-${row.measure}` }, indicatorName(row), h('span', { class: 'code' }, row.code)),
    h('p', { class: 'figure' }, tileFigure(row)),
    row.revised !== null && h('p', { class: 'meta revised' }, t('revised', { value: formatValue(row.revised, row.unit) })),
    row.estimate !== null && h('p', { class: 'meta estimate' }, t('estimate', { value: formatValue(row.estimate.value, row.unit) })),
    h(
      'p',
      { class: 'meta' },
      row.met !== null && [metMark(row.met), ' '],
      row.targetText === null ? t('noTarget') : t('targetShort', { value: targetWords(row) }),
    ),
    h(
      'p',
      { class: 'meta' },
      row.reason === 'no-data'
        ? t('notAvailableHint')
        : row.result === null
          ? t('noData')
          : change
            ? t('vsPrevious', { change, year: year - 1 })
            : `${year - 1}: ${formatValue(row.previous, row.unit)}`,
    ),
    drillButton(onDrill, row),
  );
}

export function renderTiles(container, table, onDrill) {
  fill(
    container,
    TILES.map((measure) => table.rows.find((row) => row.measure === measure))
      .filter(Boolean)
      .map((row) => tile(row, table.year, onDrill)),
  );
}
