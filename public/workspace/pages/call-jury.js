import { h } from '/assets/dom.js';
import { actionForm, field } from '../form.js';
import { tx } from '../texts.js';
import { compact, valueOf } from '../values.js';
import { euro } from '../view.js';

const MAX_SCORE = 10;

/** A score typed as `7`, `7,5` or `7.5`, from 0 to 10; else a field error beside it. */
function scoreFrom(form, name, path) {
  const typed = valueOf(form, name).replace(',', '.');
  const score = Number(typed);
  if (typed === '' || !Number.isFinite(score) || score < 0 || score > MAX_SCORE) throw { errors: [{ path, message: tx('invalidScore') }] };
  return score;
}

/** One jury member scores one offer: a score per published criterion; scoring again replaces that member's scores. */
function scoreForm(call, offer, nameOf, index, refresh) {
  const criteria = call.awardCriteria;
  const title = `${tx('scoreTitle')} ${index + 1}: ${nameOf(offer.enterpriseNumber)}${offer.lot === null ? '' : ` · ${tx('lot', { n: offer.lot })}`}`;
  return actionForm({
    name: `score-${index + 1}`,
    title,
    intro: tx('scoreHint'),
    fields: [
      field({ name: 'member', label: tx('juryMember'), required: true }),
      field({ name: 'external', label: tx('juryExternal'), type: 'checkbox' }),
      ...criteria.map((criterion, i) =>
        field({
          name: `score-${i}`,
          path: `scores.${i}.score`,
          label: tx('scoreFor', { criterion: criterion.name, weight: criterion.weight }),
          type: 'text',
          attrs: { inputmode: 'decimal', dataset: { criterion: criterion.name } },
        }),
      ),
    ],
    submitLabel: tx('scoreSubmit'),
    request: (form) => ({
      method: 'POST',
      path: `/outsourcings/${call.id}/offers/${offer.offerId}/scores`,
      body: {
        member: valueOf(form, 'member'),
        external: form.elements.external.checked,
        scores: criteria.map((criterion, i) => ({ criterion: criterion.name, score: scoreFrom(form, `score-${i}`, `scores.${i}.score`) })),
      },
    }),
    done: refresh,
  });
}

export const scoreForms = (call, standing, nameOf, refresh) =>
  standing.map((offer, index) => h('div', { dataset: { scoreOffer: offer.offerId } }, scoreForm(call, offer, nameOf, index, refresh)));

/**
 * The award from an offer, listed in ranking order: the holder, lot and amount come from the offer and the
 * jury report from its scores. The API decides whether a motivation is needed (not first, or not yet scored).
 */
export function awardFromOfferForm(call, ranking, nameOf, refresh) {
  const options = ranking.lots.flatMap((lot) =>
    lot.offers.map((offer) => [
      offer.offerId,
      [
        lot.lot === null ? null : tx('lot', { n: lot.lot }),
        offer.rank === null ? tx('unscored') : `${tx('rank')} ${offer.rank}${offer.tied ? ` (${tx('tied')})` : ''}`,
        nameOf(offer.enterpriseNumber),
        euro(offer.amountCents),
      ]
        .filter(Boolean)
        .join(' · '),
    ]),
  );
  return actionForm({
    name: 'award-offer',
    title: tx('awardOffer'),
    intro: tx('awardOfferHint'),
    fields: [
      field({ name: 'offerId', label: tx('offer'), type: 'select', options: [['', tx('chooseOne')], ...options], required: true }),
      field({ name: 'motivation', label: tx('motivation'), type: 'textarea', hint: tx('motivationWhenNotFirst') }),
      field({ name: 'awardedOn', label: tx('awardedOn'), type: 'date' }),
    ],
    submitLabel: tx('award'),
    request: (form) => {
      if (!valueOf(form, 'offerId')) throw { errors: [{ path: 'offerId', message: tx('chooseOffer') }] };
      return {
        method: 'POST',
        path: `/outsourcings/${call.id}/awards`,
        body: compact({
          offerId: valueOf(form, 'offerId'),
          motivation: valueOf(form, 'motivation'),
          awardedOn: valueOf(form, 'awardedOn'),
        }),
      };
    },
    done: refresh,
  });
}
