import { h } from '/assets/dom.js';
import { formatInstant } from '/assets/format.js';
import { token } from '/assets/session.js';
import { read } from '../api.js';
import { tx } from '../texts.js';
import { card, euro, facts, table } from '../view.js';
import { awardFromOfferForm, scoreForms } from './call-jury.js';

const moment = formatInstant;

const lotLabel = (lot) => (lot === null ? '–' : String(lot));

function offersTable(offers, nameOf) {
  return table(
    tx('offers'),
    [tx('colHolder'), tx('colLot'), tx('colAmount'), tx('offerSubmitted'), tx('status'), tx('offerAnswers')],
    offers.map((offer) => ({
      attrs: { 'data-offer': offer.offerId, 'data-status': offer.status },
      cells: [
        nameOf(offer.enterpriseNumber),
        lotLabel(offer.lot),
        { num: offer.overBudget ? `${euro(offer.amountCents)} · ${tx('overBudget')}` : euro(offer.amountCents) },
        moment(offer.submittedAt),
        tx(`offerStatuses.${offer.status}`),
        h(
          'details',
          {},
          h('summary', {}, tx('offerAnswersShow', { n: offer.answers.length })),
          facts(offer.answers.map((answer) => [answer.criterion, answer.text])),
        ),
      ],
    })),
    { id: 'offers-table' },
  );
}

/** Per lot the offers by weighted score; a shared rank is said in words, not only by the repeated number. */
function rankingTables(ranking, nameOf) {
  return ranking.lots.map((lot) => {
    const caption = lot.lot === null ? tx('ranking') : `${tx('ranking')} · ${tx('lot', { n: lot.lot })}`;
    if (!lot.offers.length) return h('p', { dataset: { lot: lot.lot ?? '' } }, `${caption}: ${tx('noOffers')}`);
    return table(
      caption,
      [tx('rank'), tx('colHolder'), tx('colAmount'), tx('score'), tx('criteriaMeans'), tx('juryMembers')],
      lot.offers.map((offer) => ({
        attrs: { 'data-ranked': offer.offerId, 'data-rank': offer.rank ?? '', 'data-tied': String(offer.tied) },
        cells: [
          offer.rank === null ? tx('unscored') : `${offer.rank}${offer.tied ? ` · ${tx('tied')}` : ''}`,
          nameOf(offer.enterpriseNumber),
          { num: euro(offer.amountCents) },
          { num: offer.score === null ? '–' : offer.score.toLocaleString('nl-BE') },
          offer.criteria.map((c) => `${c.criterion} ${c.mean.toLocaleString('nl-BE')} (${c.weight})`).join(', ') || '–',
          offer.members.map((m) => (m.external ? `${m.member} (${tx('externalMark')})` : m.member)).join(', ') || '–',
        ],
      })),
      { class: 'ranking-table', dataset: { lot: lot.lot ?? '' } },
    );
  });
}

/** The jury report is HTML behind the token: fetched once, offered as a file to open and print. */
async function juryReportLink(call) {
  const response = await fetch(`/outsourcings/${call.id}/jury-report`, { headers: { authorization: `Bearer ${token()}` } });
  if (!response.ok) return null;
  const href = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html' }));
  return h(
    'p',
    {},
    h('a', { href, download: `juryverslag-${call.publicationRef || call.id}.html`, id: 'jury-report-link' }, tx('juryReportLink')),
  );
}

/** The call's offers: the deadline, sealed until then; after it the offers, the ranking, scoring and the award from an offer. */
export async function callProcess(call, role, refresh) {
  if (!call.offersDueAt) return [card(tx('offers'), h('p', { id: 'offers-none' }, tx('offersNotInvited')))];
  const offers = await read(`/outsourcings/${call.id}/offers`);
  const deadline = facts([
    [tx('offersDueOn'), h('span', { id: 'offers-due' }, moment(offers.offersDueAt))],
    [tx('offersCount'), h('span', { id: 'offers-count' }, String(offers.count))],
  ]);
  if (offers.sealed)
    return [
      card(
        tx('offers'),
        deadline,
        h('p', { id: 'offers-sealed', dataset: { count: offers.count } }, tx('offersSealed', { n: offers.count })),
      ),
    ];
  const [holders, ranking, report] = await Promise.all([
    read('/mandate-holders'),
    read(`/outsourcings/${call.id}/ranking`),
    juryReportLink(call),
  ]);
  const names = new Map(holders.items.map((holder) => [holder.enterpriseNumber, holder.name]));
  const nameOf = (kbo) => (names.has(kbo) ? `${names.get(kbo)} (${kbo})` : kbo);
  const sections = [
    card(tx('offers'), deadline, offers.items.length ? offersTable(offers.items, nameOf) : h('p', {}, tx('noneYet')), report),
    h(
      'section',
      { class: 'card', id: 'ranking', 'aria-labelledby': 'ranking-title' },
      h('h2', { id: 'ranking-title' }, tx('ranking')),
      rankingTables(ranking, nameOf),
    ),
  ];
  const open = ['launched', 'awarded'].includes(call.status);
  if (role === 'adviser' && open) {
    const standing = offers.items.filter((offer) => offer.status === 'standing');
    sections.push(
      h('h2', { class: 'section-title' }, tx('jury')),
      h('div', { class: 'ws-grid' }, scoreForms(call, standing, nameOf, refresh), awardFromOfferForm(call, ranking, nameOf, refresh)),
    );
  }
  return sections;
}
