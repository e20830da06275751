import { specFor } from '../../../test/support/given-when-then.js';
import type { MandateApplicationEvent } from './events.js';
import { applicationDecider } from './mandate-application.js';

const spec = specFor(applicationDecider);
const enterpriseNumber = '0417.497.106';
const applied = (applicationId: string): MandateApplicationEvent => ({
  type: 'MandateApplied',
  data: {
    applicationId,
    enterpriseNumber,
    name: 'Nieuwe Opleider vzw',
    email: 'info@nieuw.test',
    basis: 'quality-label',
    qualityLabel: 'Q-for-training',
    motivation: 'wij geven al tien jaar ondernemerschapsopleidingen',
    appliedOn: '2016-05-02',
  },
});
const apply = (applicationId: string, overrides: object = {}) => ({
  type: 'ApplyForMandate' as const,
  data: {
    ...(applied(applicationId).data as Extract<MandateApplicationEvent, { type: 'MandateApplied' }>['data']),
    holdsMandate: false,
    ...overrides,
  },
});
const rejected: MandateApplicationEvent = {
  type: 'MandateApplicationRejected',
  data: { applicationId: 'a-1', enterpriseNumber, reason: 'geen kwaliteitslabel', rejectedOn: '2016-05-10' },
};

describe('mandate application decider', () => {
  it('takes an application', () => {
    spec([])
      .when(apply('a-1'))
      .then([applied('a-1')]);
  });

  it('keeps one open application per organisation, and takes a new one after a rejection', () => {
    spec([applied('a-1')])
      .when(apply('a-2'))
      .thenThrows('APPLICATION_PENDING');
    spec([applied('a-1'), rejected])
      .when(apply('a-2'))
      .then([applied('a-2')]);
  });

  it('refuses an organisation that already holds a mandate, and a quality label basis without the label', () => {
    spec([])
      .when(apply('a-1', { holdsMandate: true }))
      .thenThrows('MANDATE_ALREADY_GRANTED');
    spec([])
      .when(apply('a-1', { qualityLabel: null }))
      .thenThrows('QUALITY_LABEL_REQUIRED', 'qualityLabel');
  });

  it('approves or rejects a submitted application once', () => {
    const approve = {
      type: 'ApproveMandateApplication' as const,
      data: { applicationId: 'a-1', enterpriseNumber, approvedOn: '2016-05-10' },
    };
    spec([applied('a-1')])
      .when(approve)
      .then([{ type: 'MandateApplicationApproved', data: approve.data }]);
    spec([applied('a-1')])
      .when({ type: 'RejectMandateApplication', data: rejected.data })
      .then([rejected]);
    spec([applied('a-1'), rejected])
      .when(approve)
      .thenThrows('APPLICATION_ALREADY_DECIDED');
    spec([]).when(approve).thenThrows('APPLICATION_NOT_FOUND');
  });

  it('answers a repeated application with the same id with nothing (a retry)', () => {
    spec([applied('a-1')])
      .when(apply('a-1'))
      .then([]);
  });
});
