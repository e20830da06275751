import type { MandateApplicationEvent } from '../src/mandates/domain/events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { mandateApplicationsProjection } from './mandate-applications.projection.js';

const enterpriseNumber = '0417.497.106';
const applied = (applicationId: string): MandateApplicationEvent => ({
  type: 'MandateApplied',
  data: {
    applicationId,
    enterpriseNumber,
    name: 'Nieuwe Opleider vzw',
    email: 'info@nieuw.test',
    basis: 'experience',
    qualityLabel: null,
    motivation: 'ervaring',
    appliedOn: '2016-05-02',
  },
});

describe('mandate-applications projection: given applications and decisions, then each application', () => {
  it('keeps each application with its decision', () => {
    const documents = givenEvents(mandateApplicationsProjection, [
      applied('a-1'),
      recordedAt('2016-05-10T10:00:00.000Z', {
        type: 'MandateApplicationRejected',
        data: { applicationId: 'a-1', enterpriseNumber, reason: 'te weinig ervaring', rejectedOn: '2016-05-10' },
      }),
      applied('a-2'),
      recordedAt('2016-06-10T10:00:00.000Z', {
        type: 'MandateApplicationApproved',
        data: { applicationId: 'a-2', enterpriseNumber, approvedOn: '2016-06-10' },
      }),
    ]);
    expect(documents.get('a-1')).toMatchObject({ status: 'rejected', decision: { on: '2016-05-10', reason: 'te weinig ervaring' } });
    expect(documents.get('a-2')).toMatchObject({
      status: 'approved',
      decision: { on: '2016-06-10', reason: null },
      updatedAt: '2016-06-10T10:00:00.000Z',
    });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(mandateApplicationsProjection)).toEqual([]);
  });
});
