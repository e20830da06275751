import { mandateHolders } from './api.js';
import { byId, fill, h } from './dom.js';
import { formatDay, formatInstant, formatValue } from './format.js';
import { t } from './i18n.js';

const euro = (cents) => formatValue(cents, 'EUR-cents');
const share = (part, total) => (total === 0 ? '–' : formatValue(part / total, 'ratio'));

/** The awards dated in the year (as DP23 and DP25 count them), each with its call. */
function awardsOf(calls, year) {
  return calls
    .flatMap((call) => call.awards.filter((award) => award.awardYear === year).map((award) => ({ ...award, call })))
    .sort((a, b) => a.awardedOn.localeCompare(b.awardedOn) || a.call.title.localeCompare(b.call.title));
}

function groupBy(awards, keyOf) {
  const groups = new Map();
  for (const award of awards) {
    const key = keyOf(award);
    const group = groups.get(key) ?? { key, first: award, count: 0, cents: 0 };
    group.count += 1;
    group.cents += award.amountCents;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.cents - a.cents);
}

/** A table whose first cell per row is its header; `num` columns are right-aligned figures. */
function dataTable(id, caption, columns, rows, footer) {
  const cell = (content, i, tag) => h(tag, { class: columns[i].num ? 'num' : null, scope: tag === 'th' ? 'row' : null }, content);
  return h(
    'table',
    { id, class: 'detail' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((column) => h('th', { scope: 'col', class: column.num ? 'num' : null }, column.label)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          { class: row.className ?? null },
          row.cells.map((content, i) => cell(content, i, i === 0 ? 'th' : 'td')),
        ),
      ),
    ),
    footer &&
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          footer.map((content, i) => cell(content, i, i === 0 ? 'th' : 'td')),
        ),
      ),
  );
}

function budgetDetail(calls, year) {
  const awards = awardsOf(calls, year);
  const standing = awards.filter((award) => !award.withdrawn);
  const total = standing.reduce((sum, award) => sum + award.amountCents, 0);
  if (awards.length === 0) return [h('p', {}, t('noAwards', { year }))];
  const amounts = (group) => [String(group.count), euro(group.cents), share(group.cents, total)];
  const totals = [t('total'), String(standing.length), euro(total), share(total, total)];
  const counted = [
    { label: t('colAwards'), num: true },
    { label: t('colAmount'), num: true },
    { label: t('colShare'), num: true },
  ];
  return [
    h(
      'div',
      { class: 'detail-grid' },
      dataTable(
        'drill-products',
        t('perProduct'),
        [{ label: t('colProduct') }, ...counted],
        groupBy(standing, (a) => a.call.product).map((g) => ({ cells: [t(`products.${g.key}`), ...amounts(g)] })),
        totals,
      ),
      dataTable(
        'drill-holders',
        t('perHolder'),
        [{ label: t('colHolder') }, ...counted],
        groupBy(standing, (a) => a.enterpriseNumber).map((g) => ({ cells: [g.first.holderName ?? g.key, ...amounts(g)] })),
        totals,
      ),
    ),
    dataTable(
      'drill-awards',
      t('awardsList'),
      [
        { label: t('colDate') },
        { label: t('colCall') },
        { label: t('colProduct') },
        { label: t('colHolder') },
        { label: t('colAmount'), num: true },
      ],
      awards.map((a) => ({
        className: a.withdrawn ? 'withdrawn' : null,
        cells: [
          formatDay(a.awardedOn, 'medium'),
          [a.call.title, a.lot ? ` · ${t('lot')} ${a.lot}` : '', a.call.innovative ? h('span', { class: 'tag' }, t('innovative')) : null],
          t(`products.${a.call.product}`),
          a.holderName ?? a.enterpriseNumber,
          [euro(a.amountCents), a.withdrawn ? h('span', { class: 'tag' }, t('withdrawn')) : null],
        ],
      })),
    ),
  ];
}

async function holdersDetail(calls, year) {
  const holders = new Map((await mandateHolders()).map((holder) => [holder.enterpriseNumber, holder]));
  const groups = groupBy(
    awardsOf(calls, year).filter((award) => !award.withdrawn),
    (a) => a.enterpriseNumber,
  );
  if (groups.length === 0) return [h('p', {}, t('noAwards', { year }))];
  return [
    dataTable(
      'drill-organisations',
      t('perHolder'),
      [
        { label: t('colHolder') },
        { label: t('colEnterprise') },
        { label: t('colAwards'), num: true },
        { label: t('colAmount'), num: true },
        { label: t('colStatus') },
      ],
      groups.map((g) => {
        const holder = holders.get(g.key);
        const status = holder?.statusToday ?? 'active';
        return {
          cells: [
            holder?.name ?? g.first.holderName ?? g.key,
            g.key,
            String(g.count),
            euro(g.cents),
            h('span', { class: `mandate-status ${status}` }, t(`statuses.${status}`)),
          ],
        };
      }),
      [t('total'), '', String(groups.reduce((n, g) => n + g.count, 0)), euro(groups.reduce((n, g) => n + g.cents, 0)), ''],
    ),
  ];
}

/** Opens the records behind a figure, read "as of" the same moment as the table so their totals agree. */
export async function openDrill(kind, { calls, year, table, asOf }) {
  const dialog = byId('drill');
  const title = t(kind === 'budget' ? 'drillBudgetTitle' : 'drillHoldersTitle', { year });
  const body = kind === 'budget' ? budgetDetail(calls, year) : await holdersDetail(calls, year);
  fill(byId('drill-title'), title);
  fill(
    byId('drill-body'),
    asOf ? h('p', { class: 'note', role: 'note' }, t('drillAsOfNote', { date: formatInstant(table.asOf) })) : null,
    body,
  );
  dialog.dataset.kind = kind;
  if (!dialog.open) dialog.showModal();
}
