import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { field } from '../form.js';
import { tx } from '../texts.js';
import { card, day, euro, facts, percent, table } from '../view.js';

/** The year's money: per award granted, paid per calendar year, recovered, net paid and flags. */
export async function supervisionPage({ match: [year], go }) {
  const view = await read(`/supervision/${year}`);
  const flagsOf = (row) =>
    Object.entries(row.flags)
      .filter(([, on]) => on)
      .map(([name]) => tx(`flagNames.${name}`))
      .join(', ') || '–';
  const picker = h(
    'form',
    { class: 'filters ws-form card', 'aria-label': tx('year') },
    field({ name: 'year', label: tx('year'), type: 'number', value: year, attrs: { min: 2000, max: 2100 } }),
    h('button', { type: 'submit', class: 'primary' }, tx('show')),
  );
  picker.addEventListener('submit', (event) => {
    event.preventDefault();
    void go(`/app/supervision/${picker.elements.year.value}`);
  });
  const totals = view.totals;
  return h(
    'div',
    {},
    h('h1', {}, tx('supervisionTitle', { year })),
    picker,
    card(
      tx('totals'),
      facts([
        [tx('awards'), String(totals.awards)],
        [tx('granted'), euro(totals.grantedCents)],
        [tx('paid'), euro(totals.paidCents)],
        [tx('recovered'), euro(totals.recoveredCents)],
        [tx('netPaid'), euro(totals.netPaidCents)],
        [tx('overcompensation'), euro(totals.overcompensationCents)],
        [tx('realisation'), totals.realisation === null ? '–' : percent(totals.realisation)],
        [
          tx('flags'),
          Object.entries(totals.flagged)
            .map(([name, n]) => `${tx(`flagNames.${name}`)}: ${n}`)
            .join(' · '),
        ],
      ]),
    ),
    h(
      'div',
      { class: 'card table-card' },
      table(
        tx('supervisionTitle', { year }),
        [tx('colEnterprise'), tx('awardedOn'), tx('granted'), tx('paid'), tx('recovered'), tx('netPaid'), tx('flags')],
        view.awards.map((row) => [
          h('a', { href: `/app/awards/${row.awardId}` }, row.enterpriseNumber),
          day(row.awardedOn),
          { num: euro(row.grantedCents) },
          {
            num: `${euro(row.paidCents)}${
              Object.keys(row.paidByYear ?? {}).length > 1
                ? ` (${Object.entries(row.paidByYear)
                    .map(([y, c]) => `${y}: ${euro(c)}`)
                    .join('; ')})`
                : ''
            }`,
          },
          { num: euro(row.recoveredCents) },
          { num: euro(row.netPaidCents) },
          flagsOf(row),
        ]),
        { id: 'supervision-table' },
      ),
    ),
  );
}
