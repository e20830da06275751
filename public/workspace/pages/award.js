import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { actionForm, field } from '../form.js';
import { centsFrom, compact, integerFrom, valueOf } from '../values.js';
import { tx } from '../texts.js';
import { card, day, euro, facts, percent, table } from '../view.js';

function adviserForms(award, refresh) {
  const base = `/awards/${award.awardId}`;
  const money = (name, path, label) => field({ name, path, label, type: 'money', required: true });
  return [
    actionForm({
      name: 'payment',
      title: tx('recordPayment'),
      submitLabel: tx('record'),
      fields: [money('amount', 'amountCents', tx('amountEuro')), field({ name: 'paidOn', label: tx('paidOn'), type: 'date' })],
      request: (form) => ({
        method: 'POST',
        path: `${base}/payments`,
        body: compact({ amountCents: centsFrom(form, 'amount', 'amountCents'), paidOn: valueOf(form, 'paidOn') }),
      }),
      done: refresh,
    }),
    actionForm({
      name: 'recovery',
      title: tx('recordRecovery'),
      submitLabel: tx('record'),
      fields: [
        money('amount', 'amountCents', tx('amountEuro')),
        field({ name: 'recoveredOn', label: tx('recoveredOn'), type: 'date', required: true }),
        field({ name: 'reason', label: tx('reason'), type: 'textarea', required: true }),
      ],
      request: (form) => ({
        method: 'POST',
        path: `${base}/recoveries`,
        body: compact({
          amountCents: centsFrom(form, 'amount', 'amountCents'),
          recoveredOn: valueOf(form, 'recoveredOn'),
          reason: valueOf(form, 'reason'),
        }),
      }),
      done: refresh,
    }),
    actionForm({
      name: 'follow-up',
      title: tx('recordFollowUp'),
      submitLabel: tx('record'),
      fields: [
        field({
          name: 'kind',
          label: tx('followUpKind'),
          type: 'select',
          options: ['lesson-visit', 'course-material-review', 'progress-meeting'].map((k) => [k, tx(`followUpKinds.${k}`)]),
        }),
        field({ name: 'on', label: tx('on'), type: 'date' }),
        field({ name: 'finding', label: tx('finding'), type: 'textarea', required: true }),
        field({ name: 'rating', label: tx('rating'), type: 'number', required: true, attrs: { min: 1, max: 5 } }),
      ],
      request: (form) => ({
        method: 'POST',
        path: `${base}/follow-ups`,
        body: compact({
          kind: valueOf(form, 'kind'),
          on: valueOf(form, 'on'),
          finding: valueOf(form, 'finding'),
          rating: integerFrom(form, 'rating', 'rating'),
        }),
      }),
      done: refresh,
    }),
    actionForm({
      name: 'financial-report',
      title: tx('recordReport'),
      submitLabel: tx('record'),
      fields: [
        field({ name: 'year', label: tx('year'), type: 'number', value: award.awardedOn.slice(0, 4), required: true }),
        money('costs', 'costsCents', tx('costsEuro')),
        money('revenues', 'revenuesCents', tx('revenuesEuro')),
      ],
      request: (form) => ({
        method: 'POST',
        path: `${base}/financial-reports`,
        body: {
          year: integerFrom(form, 'year', 'year'),
          costsCents: centsFrom(form, 'costs', 'costsCents'),
          revenuesCents: centsFrom(form, 'revenues', 'revenuesCents'),
        },
      }),
      done: refresh,
    }),
  ];
}

/** An award's delivery and money, and the forms for what an adviser records about it. */
export async function awardPage({ match: [id], role, refresh }) {
  const award = await read(`/awards/${encodeURIComponent(id)}`);
  const threshold = award.subsidyThreshold;
  const list = (title, headers, rows, tableId) =>
    card(title, rows.length ? table(title, headers, rows, { id: tableId }) : h('p', {}, tx('noneYet')));
  return h(
    'div',
    { dataset: { award: award.awardId } },
    h('h1', {}, tx('awardTitle', { title: award.callTitle })),
    h(
      'p',
      {},
      h('a', { href: `/app/calls/${award.outsourcingId}` }, award.callTitle),
      ' · ',
      h('a', { href: `/app/holders/${award.enterpriseNumber}` }, award.enterpriseNumber),
      ' · ',
      h('a', { href: `/app/history?kind=award&id=${award.awardId}` }, tx('historyLink')),
    ),
    h(
      'div',
      { class: 'ws-grid' },
      card(
        tx('delivery'),
        facts([
          [tx('product'), tx(`products.${award.product}`)],
          award.lot ? [tx('colLot'), String(award.lot)] : null,
          [tx('awardedOn'), day(award.awardedOn)],
          [tx('modules'), String(award.modules)],
          [tx('participants'), String(award.participants)],
          threshold
            ? [
                tx('threshold'),
                threshold.reached
                  ? tx('thresholdReached', { required: threshold.required })
                  : tx('thresholdMissing', { missing: threshold.missing, required: threshold.required }),
              ]
            : null,
          award.withdrawn ? [tx('status'), tx('withdrawnMark')] : null,
        ]),
      ),
      card(
        tx('money'),
        h(
          'div',
          { id: 'award-money' },
          facts([
            [tx('granted'), euro(award.grantedCents)],
            [tx('paid'), euro(award.paidCents)],
            [tx('recovered'), euro(award.recoveredCents)],
            [tx('netPaid'), euro(award.netPaidCents)],
            [tx('realisation'), award.realisation === null ? '–' : percent(award.realisation)],
            [tx('overcompensation'), award.overcompensationCents === null ? tx('notYetKnown') : euro(award.overcompensationCents)],
          ]),
        ),
      ),
    ),
    h(
      'div',
      { class: 'ws-grid' },
      list(
        tx('payments'),
        [tx('colDate'), tx('colAmount')],
        award.payments.map((p) => [day(p.paidOn), { num: euro(p.amountCents) }]),
        'payments-table',
      ),
      list(
        tx('recoveries'),
        [tx('colDate'), tx('colAmount'), tx('colReason')],
        award.recoveries.map((r) => [day(r.recoveredOn), { num: euro(r.amountCents) }, r.reason]),
        'recoveries-table',
      ),
      list(
        tx('followUps'),
        [tx('colDate'), tx('followUpKind'), tx('finding'), tx('rating')],
        (award.followUps ?? []).map((f) => [day(f.on), tx(`followUpKinds.${f.kind}`), f.finding, String(f.rating)]),
        'follow-ups-table',
      ),
      list(
        tx('financialReports'),
        [tx('year'), tx('costsEuro'), tx('revenuesEuro')],
        (award.financialReports ?? []).map((r) => [String(r.year), { num: euro(r.costsCents) }, { num: euro(r.revenuesCents) }]),
        'reports-table',
      ),
    ),
    role === 'adviser' && !award.withdrawn ? h('div', { class: 'ws-grid' }, adviserForms(award, refresh)) : null,
  );
}
