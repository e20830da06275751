import { h } from '/assets/dom.js';
import { actionForm, field } from '../form.js';
import { centsFrom, compact, integerFrom, valueOf } from '../values.js';
import { tx } from '../texts.js';
import { todayBrussels } from '../view.js';
import { startingValues, templatePicker, templatesFor } from './call-template.js';

const KINDS = ['product', 'process', 'organisational', 'hr', 'social'];

/** A list of rows the adviser adds and removes (lots, criteria); `onChange` runs after every edit. */
function repeater({ legend, path, addLabel, makeRow, initial, onChange = () => {} }) {
  const rows = h('div', {});
  const fieldset = h('fieldset', { dataset: { path } }, h('legend', {}, legend), rows, h('p', { class: 'field-error' }));
  const add = (values = {}) => {
    const index = rows.children.length;
    const remove = h('button', { type: 'button', class: 'quiet', dataset: { remove: '' } }, tx('remove'));
    const row = h('div', { class: 'repeat-row' }, makeRow(index, values), remove);
    remove.addEventListener('click', () => {
      row.remove();
      renumber();
      onChange();
    });
    rows.append(row);
    renumber();
    onChange();
  };
  // Paths follow the row's place, so an API error on `lots.1.budgetCents` lands on the second row shown.
  const renumber = () =>
    [...rows.children].forEach((row, index) => {
      row.querySelector('[data-remove]').setAttribute('aria-label', `${tx('remove')}: ${legend} ${index + 1}`);
      for (const wrapper of row.querySelectorAll('[data-path]'))
        wrapper.dataset.path = wrapper.dataset.path.replace(/\.\d+\./, `.${index}.`);
    });
  const addButton = h('button', { type: 'button', class: 'quiet' }, addLabel);
  addButton.addEventListener('click', () => add());
  fieldset.append(addButton);
  fieldset.addEventListener('input', onChange);
  for (const values of initial) add(values);
  return { element: fieldset, rows: () => [...rows.children] };
}

const inRow = (row, name) => row.querySelector(`[name="${name}"]`).value.trim();

/** A new call, from a template or by hand; launching it answers its id and opens its page. */
export async function newCallPage({ params, go }) {
  const product = ['tender', 'incentive', 'open-offer'].includes(params.get('product')) ? params.get('product') : 'tender';
  const templates = await templatesFor(product, params.get('template'));
  const start = startingValues(templates.chosen);
  const sum = h('p', { class: 'weights-sum', 'aria-live': 'polite', id: 'weights-sum' });
  // Rows are added while the repeater is built: the sum reads them only once it exists.
  let criteria = null;
  criteria = repeater({
    legend: tx('criteria'),
    path: 'awardCriteria',
    addLabel: tx('addCriterion'),
    initial: start.awardCriteria,
    makeRow: (i, v) => [
      field({ name: 'criterionName', path: `awardCriteria.${i}.name`, label: tx('criterion'), value: v.name ?? '' }),
      field({
        name: 'criterionWeight',
        path: `awardCriteria.${i}.weight`,
        label: tx('weight'),
        type: 'number',
        value: v.weight ?? '',
        attrs: { min: 1, max: 100 },
      }),
    ],
    onChange: () => {
      const total = criteria?.rows().reduce((acc, row) => acc + (Number(inRow(row, 'criterionWeight')) || 0), 0) ?? 0;
      sum.textContent = tx('weightsSum', { sum: total });
      sum.dataset.ok = String(total === 100);
    },
  });
  criteria.element.append(sum);
  criteria.element.dispatchEvent(new Event('input'));
  const lots =
    product === 'tender'
      ? repeater({
          legend: tx('lots'),
          path: 'lots',
          addLabel: tx('addLot'),
          initial: start.lots,
          makeRow: (i, v) => [
            field({ name: 'lotTitle', path: `lots.${i}.title`, label: tx('lotTitle'), value: v.title ?? '' }),
            field({ name: 'lotBudget', path: `lots.${i}.budgetCents`, label: tx('lotBudget'), type: 'money', value: v.budget ?? '' }),
          ],
        })
      : null;
  const productPicker = field({
    name: 'product',
    label: tx('product'),
    type: 'select',
    value: product,
    options: ['tender', 'incentive', 'open-offer'].map((p) => [p, tx(`products.${p}`)]),
  });
  productPicker
    .querySelector('select')
    .addEventListener('change', (event) => void go(`/app/calls/new?product=${event.target.value}`, { replace: true }));
  const fields = [
    productPicker,
    templatePicker({ product, ...templates, go }),
    field({ name: 'title', label: tx('callTitle'), value: start.title, required: true }),
    field({ name: 'launchedOn', label: tx('launchedOn'), type: 'date', value: todayBrussels(), required: true }),
    field({ name: 'offersDueOn', label: tx('offersDueField'), type: 'date', value: start.offersDueOn, hint: tx('offersDueHint') }),
    field({ name: 'publicationRef', label: tx('publicationRef'), value: start.publicationRef, required: true }),
    field({ name: 'contactAdviser', label: tx('contactAdviser'), value: start.contactAdviser, required: true }),
    field({ name: 'targetGroups', label: tx('targetGroups'), type: 'textarea', value: start.targetGroups, hint: tx('targetGroupsHint') }),
    field({ name: 'innovative', label: tx('innovative'), type: 'checkbox', value: start.innovative }),
    h(
      'fieldset',
      { dataset: { path: 'innovationKinds' } },
      h('legend', {}, tx('innovationKinds')),
      KINDS.map((kind) =>
        h(
          'label',
          { class: 'inline' },
          h('input', { type: 'checkbox', name: 'kind', value: kind, checked: start.innovationKinds.includes(kind) }),
          ` ${tx(`kinds.${kind}`)} `,
        ),
      ),
      h('p', { class: 'field-error' }),
    ),
    criteria.element,
    lots?.element,
    product !== 'tender'
      ? field({ name: 'budget', path: 'budgetCents', label: tx('budgetEuro'), type: 'money', value: start.budget, required: true })
      : null,
    product === 'incentive'
      ? field({ name: 'minParticipants', label: tx('minParticipants'), type: 'number', value: start.minParticipants, required: true })
      : null,
    product === 'incentive' ? field({ name: 'maxAwardees', label: tx('maxAwardees'), type: 'number', value: start.maxAwardees }) : null,
    product === 'open-offer'
      ? field({
          name: 'variant',
          label: tx('variant'),
          type: 'select',
          value: start.variant,
          options: ['generic', 'sectoral'].map((v) => [v, tx(`variants.${v}`)]),
        })
      : null,
    product === 'open-offer' ? field({ name: 'round', label: tx('round'), value: start.round, required: true }) : null,
  ].filter(Boolean);
  const form = actionForm({
    name: 'launch',
    title: tx('newCallTitle'),
    fields,
    submitLabel: tx('launch'),
    request: (f) => ({
      method: 'POST',
      path: '/outsourcings',
      body: compact({
        product,
        templateId: valueOf(f, 'templateId'),
        title: valueOf(f, 'title'),
        launchedOn: valueOf(f, 'launchedOn'),
        offersDueOn: valueOf(f, 'offersDueOn'),
        publicationRef: valueOf(f, 'publicationRef'),
        contactAdviser: valueOf(f, 'contactAdviser'),
        innovative: f.elements.innovative.checked,
        innovationKinds: [...f.querySelectorAll('input[name="kind"]:checked')].map((c) => c.value),
        targetGroups: valueOf(f, 'targetGroups')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        awardCriteria: criteria.rows().map((row, i) => ({
          name: inRow(row, 'criterionName'),
          weight: integerFrom(row.closest('form'), null, `awardCriteria.${i}.weight`, inRow(row, 'criterionWeight')),
        })),
        lots: lots?.rows().map((row, i) => ({
          number: i + 1,
          title: inRow(row, 'lotTitle'),
          budgetCents: centsFrom(row.closest('form'), null, `lots.${i}.budgetCents`, inRow(row, 'lotBudget')),
        })),
        budgetCents: product !== 'tender' ? centsFrom(f, 'budget', 'budgetCents') : undefined,
        minParticipants: product === 'incentive' ? integerFrom(f, 'minParticipants', 'minParticipants') : undefined,
        maxAwardees: product === 'incentive' && valueOf(f, 'maxAwardees') ? integerFrom(f, 'maxAwardees', 'maxAwardees') : undefined,
        variant: product === 'open-offer' ? valueOf(f, 'variant') : undefined,
        round: product === 'open-offer' ? valueOf(f, 'round') : undefined,
      }),
    }),
    done: (answer) => go(`/app/calls/${answer.id}`),
  });
  return h('div', {}, h('h1', {}, tx('newCallTitle')), form);
}
