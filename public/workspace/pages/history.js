import { ApiError } from '/assets/api.js';
import { h } from '/assets/dom.js';
import { formatInstant } from '/assets/format.js';
import { read } from '../api.js';
import { field } from '../form.js';
import { has, tx } from '../texts.js';
import { card, day, euro, facts } from '../view.js';

const KINDS = ['call', 'award', 'holder'];

async function allPages(path, query) {
  const events = [];
  for (let after = null; ;) {
    const page = await read(path, { ...query, after, limit: 1000 });
    events.push(...page.items);
    if (!page.next) return events;
    after = page.next;
  }
}

/**
 * Positions are opaque tokens (not numbers on every store): the recording time orders two streams, and a
 * numeric position breaks a tie (a test clock, or one request, records several events at one instant).
 */
function inRecordedOrder(a, b) {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  const numeric = /^\d+$/;
  return numeric.test(String(a.position)) && numeric.test(String(b.position)) ? Number(a.position) - Number(b.position) : 0;
}

/**
 * Where each kind's events live: a call's own stream and its offers'; an award's grant, amendments and withdrawal in its
 * call's stream and its delivery stream; for a holder, everything the audit log says concerns it.
 */
async function eventsOf(kind, id) {
  if (kind === 'holder') return allPages(`/audit/holders/${encodeURIComponent(id)}`, {});
  if (kind === 'call') {
    const [call, offers] = await Promise.all([
      allPages('/audit/events', { stream: `outsourcing-${id}` }),
      allPages('/audit/events', { stream: `offers-${id}` }),
    ]);
    return [...call, ...offers].sort(inRecordedOrder);
  }
  const award = await read(`/awards/${encodeURIComponent(id)}`);
  const granting = (await allPages('/audit/events', { stream: `outsourcing-${award.outsourcingId}` })).filter((e) => e.data.awardId === id);
  const delivery = await allPages('/audit/events', { stream: `award-delivery-${id}` });
  return [...granting, ...delivery].sort(inRecordedOrder);
}

/** What an event changed, in the reader's words; an event type without a sentence still says its type. */
function sentence(event) {
  const data = event.data;
  const amount = data.amountCents !== undefined ? euro(data.amountCents) : '';
  // Before the deadline the audit shows an offer's event without its content.
  const key = data.sealed ? 'eventTexts.OfferSealed' : `eventTexts.${event.type}`;
  if (!has(key)) return tx('eventOther', { type: event.type });
  return tx(key, {
    ...data,
    amount,
    kind: data.kind ? tx(`followUpKinds.${data.kind}`) : '',
    effectiveOn: data.effectiveOn ? day(data.effectiveOn) : '',
    paidOn: data.paidOn ? day(data.paidOn) : '',
    on: data.on ? day(data.on) : '',
    sealedUntil: data.sealedUntil ? formatInstant(data.sealedUntil) : '',
    mailing: data.enabled === undefined ? '' : data.enabled ? tx('noticesByMail') : tx('noticesInFeed'),
    scores: Array.isArray(data.scores) ? data.scores.map((score) => `${score.criterion} ${score.score}`).join(', ') : '',
  });
}

function timeline(events) {
  return h(
    'ol',
    { class: 'timeline', id: 'history-events' },
    events.map((event) =>
      h(
        'li',
        { dataset: { type: event.type, actor: event.metadata.actor } },
        h('p', {}, h('strong', {}, sentence(event))),
        h(
          'p',
          {},
          h('span', { class: 'when' }, formatInstant(event.recordedAt)),
          ' · ',
          h('span', { class: 'actor' }, tx('by', { actor: event.metadata.actor, role: tx(`roles.${event.metadata.role}`) })),
          ' · ',
          h('span', {}, tx('request', { id: event.metadata.correlationId.slice(0, 8) })),
        ),
        h('details', {}, h('summary', {}, tx('rawEvent')), h('pre', {}, JSON.stringify(event, null, 2))),
      ),
    ),
  );
}

async function asOfView(kind, id, asOf) {
  const path = kind === 'call' ? `/outsourcings/${encodeURIComponent(id)}` : kind === 'award' ? `/awards/${encodeURIComponent(id)}` : null;
  if (!path || !asOf) return null;
  const then = await read(path, { asOf }).catch((error) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
  const body = !then
    ? h('p', {}, tx('asOfNothing'))
    : kind === 'call'
      ? facts([
          [tx('colTitle'), then.title],
          [tx('status'), tx(`callStatuses.${then.status}`)],
          [tx('colGranted'), euro(then.grantedCents ?? 0)],
          [
            tx('awards'),
            then.awards.map((a) => `${a.holderName ?? a.enterpriseNumber}: ${euro(a.amountCents)}`).join('; ') || tx('noneYet'),
          ],
        ])
      : facts([
          [tx('granted'), euro(then.grantedCents)],
          [tx('paid'), euro(then.paidCents)],
          [tx('netPaid'), euro(then.netPaidCents)],
        ]);
  return h('div', { id: 'as-of-view', dataset: { asOf } }, h('p', {}, tx('asOfShown', { date: day(asOf) })), body);
}

async function integrity(role) {
  if (role !== 'inspector') return h('p', {}, tx('integrityInspectorOnly'));
  const report = await read('/audit/integrity');
  const anchor = report.lastAnchor
    ? tx('lastAnchor', { position: report.lastAnchor.position, at: formatInstant(report.lastAnchor.at) })
    : tx('noAnchor');
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'integrity', id: 'integrity', dataset: { valid: String(report.valid) }, title: report.summary },
      report.valid
        ? tx('integrityIntact', { position: report.intactUpTo ?? 0 })
        : tx('integrityBroken', { position: report.firstBrokenPosition, detail: report.problem?.detail ?? '' }),
    ),
    h('p', {}, anchor),
  );
}

/** The history of a call, an award or a holder from the audit log, and the object as it was on a chosen day. */
export async function historyPage({ params, role, go }) {
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : 'call';
  const id = (params.get('id') ?? '').trim();
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : '';
  const chooser = h(
    'form',
    { class: 'filters ws-form card', 'aria-label': tx('historyOf') },
    field({ name: 'kind', label: tx('historyOf'), type: 'select', value: kind, options: KINDS.map((k) => [k, tx(`historyKinds.${k}`)]) }),
    field({ name: 'id', label: tx('historyId'), value: id }),
    kind !== 'holder'
      ? field({ name: 'asOf', label: `${tx('asOfTitle')} (${tx('asOfDate').toLowerCase()})`, type: 'date', value: asOf })
      : null,
    h('button', { type: 'submit', class: 'primary' }, tx('show')),
  );
  chooser.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ kind: chooser.elements.kind.value, id: chooser.elements.id.value.trim() });
    if (chooser.elements.asOf?.value) next.set('asOf', chooser.elements.asOf.value);
    void go(`/app/history?${next}`);
  });
  const [events, then, log] = await Promise.all([id ? eventsOf(kind, id) : [], id ? asOfView(kind, id, asOf) : null, integrity(role)]);
  return h(
    'div',
    {},
    h('h1', {}, tx('historyTitle')),
    chooser,
    card(tx('integrity'), log),
    then ? card(tx('asOfTitle'), then) : null,
    id ? card(tx('events'), events.length ? timeline(events) : h('p', {}, tx('noneYet'))) : null,
  );
}
