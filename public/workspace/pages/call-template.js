import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { field } from '../form.js';
import { tx } from '../texts.js';

/** Cents as the adviser types them back (`100.000,00`), so that a prefilled amount reads as it is sent. */
const euroText = (cents) =>
  typeof cents === 'number'
    ? new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)
    : '';

/** The product's templates and the one the address names (`?template=`), if any. */
export async function templatesFor(product, chosenId) {
  const { items } = await read('/templates', { product });
  return { items, chosen: items.find((template) => template.templateId === chosenId) ?? null };
}

/**
 * The form's starting values: the template's defaults where it has them. The form sends every field it
 * shows, so what the adviser types there wins; the API fills in only what the form does not show.
 */
export function startingValues(template) {
  const d = template?.defaults ?? {};
  return {
    title: d.title ?? '',
    publicationRef: d.publicationRef ?? '',
    contactAdviser: d.contactAdviser ?? '',
    offersDueOn: typeof d.offersDueOn === 'string' ? d.offersDueOn.slice(0, 10) : '',
    targetGroups: Array.isArray(d.targetGroups) ? d.targetGroups.join('\n') : '',
    innovative: d.innovative === true,
    innovationKinds: Array.isArray(d.innovationKinds) ? d.innovationKinds : [],
    awardCriteria: Array.isArray(d.awardCriteria)
      ? d.awardCriteria
      : [
          { name: 'kwaliteit', weight: 60 },
          { name: 'prijs', weight: 40 },
        ],
    lots: Array.isArray(d.lots) ? d.lots.map((lot) => ({ title: lot.title, budget: euroText(lot.budgetCents) })) : [{}],
    budget: euroText(d.budgetCents),
    minParticipants: d.minParticipants ?? 40,
    maxAwardees: d.maxAwardees ?? 4,
    variant: d.variant ?? 'generic',
    round: d.round ?? '',
  };
}

/** Choosing a template changes the address, so a call started from a template can be bookmarked. */
export function templatePicker({ product, items, chosen, go }) {
  const picker = field({
    name: 'templateId',
    label: tx('template'),
    type: 'select',
    value: chosen?.templateId ?? '',
    hint: tx('templateHint'),
    options: [
      ['', tx('templateNone')],
      ...items.map((t) => [t.templateId, `${t.name} (${tx('templateVersion', { version: t.version })})`]),
    ],
  });
  picker.querySelector('select').addEventListener('change', (event) => {
    const id = event.target.value;
    void go(`/app/calls/new?product=${product}${id ? `&template=${encodeURIComponent(id)}` : ''}`, { replace: true });
  });
  return h('div', { id: 'template-picker', dataset: { template: chosen?.templateId ?? '' } }, picker);
}
