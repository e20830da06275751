import { specFor } from '../../../test/support/given-when-then.js';
import { awardMoney, subsidyThreshold } from './award-progress.js';
import { type AwardDeliveryCommand, awardDeliveryDecider, type AwardTerms } from './decide-award-delivery.js';
import type { AwardDeliveryEvent } from './events.js';

const spec = specFor(awardDeliveryDecider);
const openOffer: AwardTerms = {
  awardId: 'a1',
  outsourcingId: 'o1',
  enterpriseNumber: '0123.456.749',
  product: 'open-offer',
  innovative: false,
  approvedSubjects: ['boekhouding', 'marketing'],
  awardWithdrawn: false,
  mandateActive: true,
};
const register = (moduleId: string, subject: string, award: AwardTerms = openOffer): AwardDeliveryCommand => ({
  type: 'RegisterModule',
  data: { award, moduleId, title: `Module ${moduleId}`, subject, hours: 6, plannedStart: '2016-09-05' },
});
const registered = (
  moduleId: string,
  subject: string,
  subjectPassedOnLater: boolean,
  award: AwardTerms = openOffer,
): AwardDeliveryEvent => ({
  type: 'ModuleRegistered',
  data: {
    awardId: award.awardId,
    moduleId,
    outsourcingId: 'o1',
    enterpriseNumber: award.enterpriseNumber,
    innovative: award.innovative,
    title: `Module ${moduleId}`,
    subject,
    hours: 6,
    plannedStart: '2016-09-05',
    subjectPassedOnLater,
  },
});

describe('award delivery decider', () => {
  it('registers a module on an approved subject of an open offer', () => {
    spec([])
      .when(register('m1', 'boekhouding'))
      .then([registered('m1', 'boekhouding', false)]);
  });

  it('lets an open-offer holder pass on at most 2 subjects later, each as often as it likes', () => {
    const given = [registered('m1', 'export', true), registered('m2', 'horeca', true)];
    spec(given)
      .when(register('m3', 'export'))
      .then([registered('m3', 'export', true)]);
    spec(given)
      .when(register('m3', 'marketing'))
      .then([registered('m3', 'marketing', false)]);
    spec(given).when(register('m3', 'bakkerij')).thenThrows('SUBJECT_LIMIT_REACHED');
  });

  it('does not limit the subjects of a tender or an incentive', () => {
    const tender = { ...openOffer, product: 'tender' as const, approvedSubjects: [], innovative: true };
    const given = [registered('m1', 'a', false, tender), registered('m2', 'b', false, tender), registered('m3', 'c', false, tender)];
    spec(given)
      .when(register('m4', 'd', tender))
      .then([registered('m4', 'd', false, tender)]);
  });

  it('refuses delivery on a withdrawn award or without an active mandate', () => {
    spec([])
      .when(register('m1', 'boekhouding', { ...openOffer, awardWithdrawn: true }))
      .thenThrows('AWARD_WITHDRAWN');
    spec([])
      .when(register('m1', 'boekhouding', { ...openOffer, mandateActive: false }))
      .thenThrows('MANDATE_NOT_ACTIVE');
  });

  it('records payments, follow-ups and financial reports as they come', () => {
    const payment = { awardId: 'a1', paymentId: 'p1', amountCents: 1_000_00, paidOn: '2016-12-01' };
    spec([])
      .when({ type: 'RecordPayment', data: payment })
      .then([{ type: 'PaymentRecorded', data: payment }]);
    const visit = { awardId: 'a1', followUpId: 'f1', kind: 'lesson-visit' as const, on: '2016-10-01', finding: 'good pace', rating: 4 };
    spec([])
      .when({ type: 'RecordFollowUp', data: visit })
      .then([{ type: 'FollowUpRecorded', data: visit }]);
    const report = { awardId: 'a1', year: 2016, costsCents: 10_00, revenuesCents: 5_00, reportedOn: '2017-03-01' };
    spec([])
      .when({ type: 'RecordFinancialReport', data: report })
      .then([{ type: 'FinancialReportRecorded', data: report }]);
  });
});

describe('award progress', () => {
  it('an incentive reaches its threshold when all its workshops together reach the minimum', () => {
    expect(subsidyThreshold(40, 25)).toEqual({ required: 40, reached: false, missing: 15 });
    expect(subsidyThreshold(40, 40)).toEqual({ required: 40, reached: true, missing: 0 });
    expect(subsidyThreshold(40, 55)).toEqual({ required: 40, reached: true, missing: 0 });
  });

  it('realisation is paid against granted and flags payments above the granted amount', () => {
    expect(awardMoney(100_00, 80_00)).toEqual({ grantedCents: 100_00, paidCents: 80_00, realisation: 0.8, paidAboveGranted: false });
    expect(awardMoney(100_00, 120_00).paidAboveGranted).toBe(true);
    expect(awardMoney(0, 0).realisation).toBe(0);
  });
});
