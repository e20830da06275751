import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { field } from '../form.js';
import { tx } from '../texts.js';
import { day, euro, table } from '../view.js';

const PRODUCTS = ['tender', 'incentive', 'open-offer'];
const STATUSES = ['launched', 'awarded', 'not-granted', 'cancelled', 'closed'];

/** Calls with the API's filters (year, product, status) and a search over what the list shows, all in the address. */
export async function callsPage({ params, go, role }) {
  const filters = { year: params.get('year') ?? '', product: params.get('product') ?? '', status: params.get('status') ?? '' };
  const search = (params.get('q') ?? '').trim().toLowerCase();
  const { items } = await read('/outsourcings', filters);
  const matches = items.filter(
    (call) =>
      !search ||
      [call.title, call.publicationRef, ...call.awards.flatMap((a) => [a.holderName ?? '', a.enterpriseNumber])].some((text) =>
        text.toLowerCase().includes(search),
      ),
  );
  const years = [...new Set(items.map((c) => c.year).concat(filters.year ? [Number(filters.year)] : []))].sort((a, b) => b - a);
  const any = ['', tx('any')];
  const form = h(
    'form',
    { class: 'filters ws-form card', role: 'search', 'aria-label': tx('search') },
    field({ name: 'year', label: tx('year'), type: 'select', value: filters.year, options: [any, ...years.map((y) => [y, String(y)])] }),
    field({
      name: 'product',
      label: tx('product'),
      type: 'select',
      value: filters.product,
      options: [any, ...PRODUCTS.map((p) => [p, tx(`products.${p}`)])],
    }),
    field({
      name: 'status',
      label: tx('status'),
      type: 'select',
      value: filters.status,
      options: [any, ...STATUSES.map((s) => [s, tx(`callStatuses.${s}`)])],
    }),
    field({ name: 'q', label: tx('search'), type: 'search', value: params.get('q') ?? '', hint: tx('searchHint') }),
    h('button', { type: 'submit', class: 'primary' }, tx('apply')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of ['year', 'product', 'status', 'q']) if (form.elements[name].value) next.set(name, form.elements[name].value);
    void go(`/app/calls${next.size ? `?${next}` : ''}`);
  });
  return h(
    'div',
    {},
    h('h1', {}, tx('callsTitle')),
    role === 'adviser' ? h('p', {}, h('a', { href: '/app/calls/new' }, tx('nav.newCall'))) : null,
    form,
    h(
      'div',
      { class: 'card table-card' },
      table(
        tx('callsCaption', { count: matches.length }),
        [tx('colTitle'), tx('product'), tx('colLaunched'), tx('status'), tx('colBudget'), tx('colGranted'), tx('colAwards')],
        matches.map((call) => ({
          attrs: { 'data-call': call.id },
          cells: [
            h('a', { href: `/app/calls/${call.id}` }, call.title),
            tx(`products.${call.product}`),
            day(call.launchedOn),
            tx(`callStatuses.${call.status}`),
            { num: euro(call.budgetCents) },
            { num: euro(call.grantedCents ?? 0) },
            { num: String(call.awards.filter((a) => !a.withdrawn).length) },
          ],
        })),
        { id: 'calls-table' },
      ),
    ),
  );
}
