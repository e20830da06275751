import { h } from '/assets/dom.js';
import { formatDay, formatValue } from '/assets/format.js';
import { tx } from './texts.js';

export const euro = (cents) => formatValue(cents, 'EUR-cents');
export const percent = (ratio) => formatValue(ratio, 'ratio');
export const day = (value) => (value ? formatDay(value.slice(0, 10)) : '–');

/** A table with a caption and header cells; rows are arrays of cells (text, nodes or `{ num: value }`). */
export function table(caption, headers, rows, attrs = {}) {
  const cell = (value, tag) =>
    value && typeof value === 'object' && 'num' in value ? h(tag, { class: 'num' }, value.num) : h(tag, {}, value ?? '–');
  return h(
    'table',
    attrs,
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((header) => h('th', { scope: 'col' }, header)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          row.attrs ?? {},
          (row.cells ?? row).map((value, i) => cell(value, i === 0 ? 'th' : 'td')),
        ),
      ),
    ),
  );
}

/** Terms and their values, as a definition list. */
export const facts = (pairs) =>
  h(
    'dl',
    { class: 'facts' },
    pairs.filter(Boolean).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value ?? '–')]),
  );

export const card = (title, ...children) => {
  const id = `c-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Math.random().toString(36).slice(2, 7)}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
};

export const todayBrussels = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
