import type { TemplateEvent } from '../src/templates/domain/events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { templatesProjection } from './templates.projection.js';

const templateId = '7d9c1b52-0c1e-4b7a-9a43-5b2f3c9d0e11';
const created: TemplateEvent = {
  type: 'TemplateCreated',
  data: { templateId, product: 'incentive', name: 'Incentive', defaults: { minParticipants: 8 }, version: 1 },
};
const revised: TemplateEvent = {
  type: 'TemplateRevised',
  data: { templateId, name: 'Incentive 2017', defaults: { minParticipants: 10 }, version: 2 },
};

describe('templates projection: given templates created and revised, then each with its versions', () => {
  it('keeps the current version and every earlier one', () => {
    const documents = givenEvents(templatesProjection, [
      recordedAt('2016-01-10T10:00:00.000Z', created),
      recordedAt('2016-03-10T10:00:00.000Z', revised),
    ]);
    expect(documents.get(templateId)).toEqual({
      templateId,
      product: 'incentive',
      name: 'Incentive 2017',
      version: 2,
      defaults: { minParticipants: 10 },
      versions: [
        { version: 1, name: 'Incentive', defaults: { minParticipants: 8 }, recordedAt: '2016-01-10T10:00:00.000Z' },
        { version: 2, name: 'Incentive 2017', defaults: { minParticipants: 10 }, recordedAt: '2016-03-10T10:00:00.000Z' },
      ],
      updatedAt: '2016-03-10T10:00:00.000Z',
    });
  });

  it('ignores a revision of a template it never saw created', () => {
    expect(givenEvents(templatesProjection, [recordedAt('2016-03-10T10:00:00.000Z', revised)]).size).toBe(0);
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(templatesProjection)).toEqual([]);
  });
});
