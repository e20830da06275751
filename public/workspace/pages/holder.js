import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { reasonForm } from '../form.js';
import { tx } from '../texts.js';
import { card, day, euro, facts, table } from '../view.js';
import { applicationsOf } from './applications.js';
import { noticesSection } from './holder-notices.js';

/** Which change a mandate allows in its status today. */
const CHANGES = { active: ['suspend', 'revoke'], suspended: ['reinstate', 'revoke'], revoked: [], 'not-yet-active': ['revoke'] };

async function awardsOf(enterpriseNumber) {
  const { items } = await read('/outsourcings');
  const awards = items.flatMap((call) => call.awards.filter((a) => a.enterpriseNumber === enterpriseNumber).map((a) => ({ ...a, call })));
  return Promise.all(
    awards.map(async (a) => ({ ...a, delivery: a.withdrawn ? null : await read(`/awards/${a.awardId}`).catch(() => null) })),
  );
}

function threshold(delivery) {
  const t = delivery?.subsidyThreshold;
  if (!t) return '–';
  return t.reached
    ? tx('thresholdReached', { required: t.required })
    : tx('thresholdMissing', { missing: t.missing, required: t.required });
}

/** One holder: its mandate timeline, its awards with their delivery, and the mandate changes an adviser makes. */
export async function holderPage({ match: [enterpriseNumber], role, refresh }) {
  const holder = await read(`/mandate-holders/${encodeURIComponent(enterpriseNumber)}`);
  const awards = role === 'management' ? [] : await awardsOf(holder.enterpriseNumber);
  const base = `/mandate-holders/${encodeURIComponent(holder.enterpriseNumber)}`;
  const applications = await applicationsOf(holder.enterpriseNumber, role);
  return h(
    'div',
    { dataset: { holder: holder.enterpriseNumber } },
    h('h1', {}, holder.name),
    role !== 'management'
      ? h('p', {}, h('a', { href: `/app/history?kind=holder&id=${holder.enterpriseNumber}` }, tx('historyLink')))
      : null,
    h(
      'div',
      { class: 'ws-grid' },
      card(
        tx('holder'),
        facts([
          [tx('colEnterprise'), holder.enterpriseNumber],
          [tx('email'), holder.email],
          [tx('basis'), tx(`bases.${holder.basis}`)],
          holder.qualityLabel ? [tx('qualityLabel'), holder.qualityLabel] : null,
          [tx('status'), tx(`mandateStatuses.${holder.statusToday}`)],
        ]),
      ),
      card(
        tx('timeline'),
        table(
          tx('timeline'),
          [tx('effectiveOn'), tx('status'), tx('colReason')],
          holder.timeline.map((period) => [day(period.from), tx(`mandateStatuses.${period.status}`), period.reason ?? '–']),
        ),
      ),
    ),
    role !== 'management'
      ? card(
          tx('awards'),
          awards.length
            ? table(
                tx('awards'),
                [tx('colTitle'), tx('colLot'), tx('colAmount'), tx('awardedOn'), tx('modules'), tx('participants'), tx('threshold')],
                awards.map((a) => [
                  h('a', { href: `/app/awards/${a.awardId}` }, a.call.title),
                  a.lot ? String(a.lot) : '–',
                  { num: euro(a.amountCents) },
                  day(a.awardedOn),
                  { num: a.delivery ? String(a.delivery.modules) : '–' },
                  { num: a.delivery ? String(a.delivery.participants) : '–' },
                  a.withdrawn ? tx('withdrawnMark') : threshold(a.delivery),
                ]),
              )
            : h('p', {}, tx('noneYet')),
        )
      : null,
    noticesSection(holder, role, refresh),
    applications,
    role === 'adviser' && CHANGES[holder.statusToday].length
      ? h(
          'div',
          { class: 'ws-grid' },
          CHANGES[holder.statusToday].map((change) =>
            reasonForm({
              name: change,
              title: tx(change),
              submitLabel: tx(change),
              path: `${base}/${change}`,
              dateName: 'effectiveOn',
              dateLabel: tx('effectiveOn'),
              done: refresh,
            }),
          ),
        )
      : null,
  );
}
