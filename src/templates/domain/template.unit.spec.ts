import { specFor } from '../../../test/support/given-when-then.js';
import type { TemplateEvent } from './events.js';
import { evolveTemplate, initialTemplateState, templateDecider } from './template.js';

const spec = specFor(templateDecider);
const templateId = '7d9c1b52-0c1e-4b7a-9a43-5b2f3c9d0e11';
const defaults = { title: 'Digitale vaardigheden', awardCriteria: [{ name: 'kwaliteit', weight: 100 }] };
const created: TemplateEvent = {
  type: 'TemplateCreated',
  data: { templateId, product: 'tender', name: 'Standaard tender', defaults, version: 1 },
};
const revised: TemplateEvent = {
  type: 'TemplateRevised',
  data: { templateId, name: 'Standaard tender', defaults: { ...defaults, contactAdviser: 'Ann Peeters' }, version: 2 },
};

describe('template decider', () => {
  it('creates a template at version 1', () => {
    spec([])
      .when({ type: 'CreateTemplate', data: { templateId, product: 'tender', name: 'Standaard tender', defaults } })
      .then([created]);
  });

  it('does not create the same template twice', () => {
    spec([created])
      .when({ type: 'CreateTemplate', data: { templateId, product: 'tender', name: 'Ander', defaults } })
      .thenThrows('TEMPLATE_ALREADY_CREATED');
  });

  it('keeps the product out of the defaults: it is the template’s own', () => {
    spec([])
      .when({ type: 'CreateTemplate', data: { templateId, product: 'tender', name: 'x', defaults: { product: 'incentive' } } })
      .thenThrows('TEMPLATE_PRODUCT_IN_DEFAULTS', 'defaults.product');
    spec([created])
      .when({ type: 'ReviseTemplate', data: { templateId, name: 'x', defaults: { product: 'incentive' } } })
      .thenThrows('TEMPLATE_PRODUCT_IN_DEFAULTS', 'defaults.product');
  });

  it('revises into the next version', () => {
    spec([created])
      .when({ type: 'ReviseTemplate', data: { templateId, name: 'Standaard tender', defaults: revised.data.defaults } })
      .then([revised]);
    const third = spec([created, revised])
      .when({ type: 'ReviseTemplate', data: { templateId, name: 'Tender 2017', defaults } })
      .events();
    expect(third[0].data).toMatchObject({ version: 3, name: 'Tender 2017' });
  });

  it('refuses to revise a template that does not exist, or with no change', () => {
    spec([])
      .when({ type: 'ReviseTemplate', data: { templateId, name: 'x', defaults } })
      .thenThrows('TEMPLATE_NOT_FOUND');
    spec([created])
      .when({ type: 'ReviseTemplate', data: { templateId, name: 'Standaard tender', defaults } })
      .thenThrows('TEMPLATE_UNCHANGED');
  });

  it('keeps the product through revisions', () => {
    const state = [created, revised].reduce(evolveTemplate, initialTemplateState);
    expect(state).toMatchObject({ product: 'tender', version: 2, defaults: revised.data.defaults });
  });
});
