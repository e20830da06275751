import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { actionForm, field, reasonForm } from '../form.js';
import { centsFrom, compact, valueOf } from '../values.js';
import { tx } from '../texts.js';
import { card, day, euro, facts, table } from '../view.js';
import { callProcess } from './call-offers.js';

const OPEN = ['launched', 'awarded'];

function awardDirectlyForm(call, holders, refresh) {
  const lots = call.product === 'tender' ? call.lots : [];
  const fields = [
    field({
      name: 'enterpriseNumber',
      label: tx('holder'),
      type: 'select',
      options: [
        ['', tx('chooseOne')],
        ...holders.map((holder) => [holder.enterpriseNumber, `${holder.name} (${holder.enterpriseNumber})`]),
      ],
      required: true,
    }),
    lots.length
      ? field({ name: 'lot', label: tx('colLot'), type: 'select', options: lots.map((lot) => [lot.number, `${lot.number}. ${lot.title}`]) })
      : null,
    field({ name: 'amount', path: 'amountCents', label: tx('amountEuro'), type: 'money', required: true }),
    field({ name: 'awardedOn', label: tx('awardedOn'), type: 'date' }),
    field({ name: 'motivation', path: 'juryReport.motivation', label: tx('motivation'), type: 'textarea', required: true }),
    field({ name: 'member', path: 'juryReport.members', label: tx('juryMember'), required: true }),
    field({ name: 'external', label: tx('juryExternal'), type: 'checkbox' }),
    call.product === 'open-offer'
      ? field({ name: 'subjects', path: 'approvedSubjects', label: tx('approvedSubjects'), type: 'textarea' })
      : null,
  ].filter(Boolean);
  return actionForm({
    name: 'award',
    title: tx('awardDirect'),
    intro: tx('awardDirectHint'),
    fields,
    submitLabel: tx('award'),
    request: (form) => ({
      method: 'POST',
      path: `/outsourcings/${call.id}/awards`,
      body: compact({
        enterpriseNumber: valueOf(form, 'enterpriseNumber'),
        lot: lots.length ? Number(valueOf(form, 'lot')) : undefined,
        amountCents: centsFrom(form, 'amount', 'amountCents'),
        awardedOn: valueOf(form, 'awardedOn'),
        juryReport: {
          motivation: valueOf(form, 'motivation'),
          members: [{ name: valueOf(form, 'member'), external: form.elements.external.checked }],
        },
        approvedSubjects:
          call.product === 'open-offer'
            ? valueOf(form, 'subjects')
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean)
            : undefined,
      }),
    }),
    done: refresh,
  });
}

function awardChoice(standing) {
  return field({
    name: 'awardId',
    label: tx('whichAward'),
    type: 'select',
    options: standing.map((a) => [
      a.awardId,
      `${a.holderName ?? a.enterpriseNumber}${a.lot ? ` · ${tx('lot', { n: a.lot })}` : ''} · ${euro(a.amountCents)}`,
    ]),
  });
}

function actions(call, holders, refresh) {
  if (!OPEN.includes(call.status)) return [h('p', {}, tx('actionsNone'))];
  const standing = call.awards.filter((a) => !a.withdrawn);
  const base = `/outsourcings/${call.id}`;
  const end = (name, action) =>
    reasonForm({
      name,
      title: tx(name),
      submitLabel: tx(name),
      path: `${base}/${action}`,
      dateName: 'on',
      dateLabel: tx('colDate'),
      done: refresh,
    });
  const forms = [awardDirectlyForm(call, holders, refresh)];
  if (standing.length) {
    forms.push(
      actionForm({
        name: 'amend',
        title: tx('amend'),
        submitLabel: tx('amendSubmit'),
        fields: [
          awardChoice(standing),
          field({ name: 'amount', path: 'amountCents', label: tx('amountEuro'), type: 'money', required: true }),
          field({ name: 'reason', label: tx('reason'), type: 'textarea', required: true }),
        ],
        request: (form) => ({
          method: 'POST',
          path: `${base}/awards/${valueOf(form, 'awardId')}/amend`,
          body: { amountCents: centsFrom(form, 'amount', 'amountCents'), reason: valueOf(form, 'reason') },
        }),
        done: refresh,
      }),
      reasonForm({
        name: 'withdraw',
        title: tx('withdraw'),
        submitLabel: tx('withdrawSubmit'),
        extra: [awardChoice(standing)],
        path: (form) => `${base}/awards/${valueOf(form, 'awardId')}/withdraw`,
        done: refresh,
      }),
      end('close', 'close'),
    );
  } else forms.push(end('declareNotGranted', 'declare-not-granted'));
  forms.push(end('cancel', 'cancel'));
  return forms;
}

/** One call: its terms, lots and awards, and the forms for what the call allows now. */
export async function callPage({ match: [id], role, refresh }) {
  const call = await read(`/outsourcings/${encodeURIComponent(id)}`);
  // The call names its template by id and version; the name is the template's own.
  const template = call.template ? await read(`/templates/${call.template.id}`).catch(() => null) : null;
  const holders =
    role === 'adviser' && OPEN.includes(call.status) ? (await read('/mandate-holders')).items.filter((x) => x.activeToday) : [];
  return h(
    'div',
    { dataset: { call: call.id, status: call.status } },
    h('h1', {}, call.title),
    h('p', {}, h('a', { href: `/app/history?kind=call&id=${call.id}` }, tx('historyLink'))),
    h(
      'div',
      { class: 'ws-grid' },
      card(
        tx('colTitle'),
        facts([
          [tx('product'), tx(`products.${call.product}`)],
          [tx('status'), tx(`callStatuses.${call.status}`)],
          [tx('colLaunched'), day(call.launchedOn)],
          call.offersDueOn ? [tx('offersDueOn'), day(call.offersDueOn)] : null,
          template ? [tx('template'), `${template.name} (${tx('templateVersion', { version: call.template.version })})`] : null,
          [tx('publicationRef'), call.publicationRef],
          [tx('contactAdviser'), call.contactAdviser],
          [tx('colBudget'), euro(call.budgetCents)],
          [tx('colGranted'), euro(call.grantedCents ?? 0)],
          [tx('targetGroups'), call.targetGroups.join(', ') || '–'],
          [tx('criteria'), call.awardCriteria.map((c) => `${c.name} (${c.weight})`).join(', ')],
          call.statusChange ? [tx('colReason'), `${call.statusChange.reason} (${day(call.statusChange.on)})`] : null,
        ]),
      ),
      call.lots.length
        ? card(
            tx('lots'),
            table(
              tx('lots'),
              [tx('colLot'), tx('colTitle'), tx('colBudget')],
              call.lots.map((lot) => [String(lot.number), lot.title, { num: euro(lot.budgetCents) }]),
            ),
          )
        : null,
    ),
    ...(await callProcess(call, role, refresh)),
    card(
      tx('awards'),
      call.awards.length
        ? table(
            tx('awards'),
            [tx('colHolder'), tx('colLot'), tx('colAmount'), tx('awardedOn'), tx('status')],
            call.awards.map((a) => ({
              attrs: { 'data-award': a.awardId },
              cells: [
                h('a', { href: `/app/awards/${a.awardId}` }, a.holderName ?? a.enterpriseNumber),
                a.lot ? String(a.lot) : '–',
                { num: euro(a.amountCents) },
                day(a.awardedOn),
                a.withdrawn ? `${tx('withdrawnMark')}: ${a.withdrawn.reason}` : '✓',
              ],
            })),
            { id: 'awards-table' },
          )
        : h('p', {}, tx('noneYet')),
    ),
    h('h2', { class: 'section-title' }, tx('actions')),
    role === 'adviser' ? h('div', { class: 'ws-grid' }, actions(call, holders, refresh)) : h('p', {}, tx('readOnly')),
  );
}
