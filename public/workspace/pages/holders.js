import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { actionForm, field } from '../form.js';
import { compact, valueOf } from '../values.js';
import { tx } from '../texts.js';
import { day, table } from '../view.js';
import { applicationsSection } from './applications.js';

function grantForm(go) {
  let granted = '';
  return actionForm({
    name: 'grant',
    title: tx('grantTitle'),
    submitLabel: tx('grant'),
    fields: [
      field({ name: 'enterpriseNumber', label: tx('colEnterprise'), required: true, hint: '0123.456.749' }),
      field({ name: 'name', label: tx('colName'), required: true }),
      field({ name: 'email', label: tx('email'), type: 'email', required: true }),
      field({
        name: 'basis',
        label: tx('basis'),
        type: 'select',
        options: ['quality-label', 'experience'].map((b) => [b, tx(`bases.${b}`)]),
      }),
      field({ name: 'qualityLabel', label: tx('qualityLabel') }),
      field({ name: 'grantedOn', label: tx('grantedOn'), type: 'date' }),
    ],
    request: (form) => ({
      method: 'POST',
      path: '/mandate-holders',
      granted: (granted = valueOf(form, 'enterpriseNumber')),
      body: compact({
        enterpriseNumber: valueOf(form, 'enterpriseNumber'),
        name: valueOf(form, 'name'),
        email: valueOf(form, 'email'),
        basis: valueOf(form, 'basis'),
        qualityLabel: valueOf(form, 'qualityLabel'),
        grantedOn: valueOf(form, 'grantedOn'),
      }),
    }),
    done: () => go(`/app/holders/${encodeURIComponent(granted)}`),
  });
}

/** Every mandate holder with its status today; advisers grant new mandates here. */
export async function holdersPage({ role, go, refresh }) {
  const { items } = await read('/mandate-holders');
  const applications = await applicationsSection(role, refresh);
  return h(
    'div',
    {},
    h('h1', {}, tx('holdersTitle')),
    h(
      'div',
      { class: 'card table-card' },
      table(
        tx('holdersTitle'),
        [tx('colName'), tx('colEnterprise'), tx('colBasis'), tx('grantedOn'), tx('status')],
        items.map((holder) => ({
          attrs: { 'data-holder': holder.enterpriseNumber },
          cells: [
            h('a', { href: `/app/holders/${holder.enterpriseNumber}` }, holder.name),
            holder.enterpriseNumber,
            tx(`bases.${holder.basis}`),
            day(holder.grantedOn),
            tx(`mandateStatuses.${holder.statusToday}`),
          ],
        })),
        { id: 'holders-table' },
      ),
    ),
    applications,
    role === 'adviser' ? grantForm(go) : null,
  );
}
