import { specFor } from '../../../test/support/given-when-then.js';
import { awardMoney, subsidyThreshold } from './award-progress.js';
import { type AwardDeliveryCommand, awardDeliveryDecider, type AwardTerms } from './decide-award-delivery.js';
import type { AwardDeliveryEvent } from './events.js';
import type { MoneyCalendar } from './money-rules.js';

const spec = specFor(awardDeliveryDecider);
/** Awarded in April 2016; today is 15 January 2017; no year closed. */
const money: MoneyCalendar = { today: '2017-01-15', awardedOn: '2016-04-01', withdrawnOn: null, closedYears: [] };
const openOffer: AwardTerms = {
  awardId: 'a1',
  outsourcingId: 'o1',
  enterpriseNumber: '0123.456.749',
  product: 'open-offer',
  innovative: false,
  approvedSubjects: ['boekhouding', 'marketing'],
  awardWithdrawnOn: null,
  mandateActiveOn: { '2016-09-05': true },
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
      .when(register('m1', 'boekhouding', { ...openOffer, awardWithdrawnOn: '2016-09-01' }))
      .thenThrows('AWARD_WITHDRAWN');
    spec([])
      .when(register('m1', 'boekhouding', { ...openOffer, mandateActiveOn: { '2016-09-05': false } }))
      .thenThrows('MANDATE_NOT_ACTIVE');
  });

  it('records payments, follow-ups and financial reports as they come', () => {
    const payment = { awardId: 'a1', paymentId: 'p1', amountCents: 1_000_00, paidOn: '2016-12-01' };
    spec([])
      .when({ type: 'RecordPayment', data: { ...payment, calendar: money } })
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

describe('award delivery decider: money', () => {
  const pay = (paymentId: string, amountCents: number, paidOn: string, calendar = money): AwardDeliveryCommand => ({
    type: 'RecordPayment',
    data: { awardId: 'a1', paymentId, amountCents, paidOn, calendar },
  });
  const paid = (paymentId: string, amountCents: number, paidOn: string): AwardDeliveryEvent => ({
    type: 'PaymentRecorded',
    data: { awardId: 'a1', paymentId, amountCents, paidOn },
  });
  const recover = (recoveryId: string, amountCents: number, recoveredOn = '2017-01-10'): AwardDeliveryCommand => ({
    type: 'RecordRecovery',
    data: { awardId: 'a1', recoveryId, amountCents, recoveredOn, reason: 'overpaid', calendar: money },
  });

  it('refuses a payment after the withdrawal, accepts one made before it and recorded late', () => {
    const withdrawn = { ...money, withdrawnOn: '2016-11-01' };
    spec([])
      .when(pay('p1', 10_00, '2016-12-01', withdrawn))
      .thenThrows('AWARD_WITHDRAWN');
    spec([])
      .when(pay('p1', 10_00, '2016-10-01', withdrawn))
      .then([paid('p1', 10_00, '2016-10-01')]);
  });

  it('refuses money dated in the future, before the award or in a closed year', () => {
    spec([])
      .when(pay('p1', 10_00, '2017-01-16'))
      .thenThrows('DATE_IN_FUTURE');
    spec([])
      .when(pay('p1', 10_00, '2016-03-01'))
      .thenThrows('DATE_BEFORE_AWARD');
    spec([])
      .when(pay('p1', 10_00, '2016-12-01', { ...money, closedYears: [2016] }))
      .thenThrows('YEAR_CLOSED');
    spec([paid('p1', 10_00, '2016-12-01')])
      .when(recover('r1', 5_00, '2017-02-01'))
      .thenThrows('DATE_IN_FUTURE');
  });

  it('recovers at most what was net paid', () => {
    const given = [paid('p1', 50_00, '2016-12-01')];
    spec(given)
      .when(recover('r1', 30_00))
      .then([
        {
          type: 'RecoveryRecorded',
          data: { awardId: 'a1', recoveryId: 'r1', amountCents: 30_00, recoveredOn: '2017-01-10', reason: 'overpaid' },
        },
      ]);
    const recovered = spec(given).when(recover('r1', 30_00)).events();
    spec([...given, ...recovered])
      .when(recover('r2', 20_01))
      .thenThrows('RECOVERY_ABOVE_NET_PAID');
  });

  it('answers a retried payment with the same event, even after the award was withdrawn since', () => {
    spec([paid('p1', 10_00, '2016-12-01')])
      .when(pay('p1', 10_00, '2016-12-01', { ...money, withdrawnOn: '2016-12-01' }))
      .then([paid('p1', 10_00, '2016-12-01')]);
  });
});

describe('award progress', () => {
  it('an incentive reaches its threshold when all its workshops together reach the minimum', () => {
    expect(subsidyThreshold(40, 25)).toEqual({ required: 40, reached: false, missing: 15 });
    expect(subsidyThreshold(40, 40)).toEqual({ required: 40, reached: true, missing: 0 });
    expect(subsidyThreshold(40, 55)).toEqual({ required: 40, reached: true, missing: 0 });
  });

  const facts = { grantedCents: 100_00, withdrawn: false, paidCents: 80_00, recoveredCents: 0, financialReports: [] };

  it('realisation is net paid against granted and flags payments above the granted amount', () => {
    expect(awardMoney(facts)).toEqual({
      grantedCents: 100_00,
      paidCents: 80_00,
      recoveredCents: 0,
      netPaidCents: 80_00,
      realisation: 0.8,
      paidAboveGranted: false,
      overcompensationCents: null,
    });
    expect(awardMoney({ ...facts, paidCents: 120_00 }).paidAboveGranted).toBe(true);
    expect(awardMoney({ ...facts, paidCents: 120_00, recoveredCents: 20_00 })).toMatchObject({
      netPaidCents: 100_00,
      paidAboveGranted: false,
    });
    // Nothing to divide: not available, no longer 0 (issue 7).
    expect(awardMoney({ ...facts, grantedCents: 0, paidCents: 0 }).realisation).toBeNull();
  });

  it('a withdrawn award stands granted for nothing: what was paid on it shows above granted', () => {
    expect(awardMoney({ ...facts, withdrawn: true })).toMatchObject({ grantedCents: 0, netPaidCents: 80_00, paidAboveGranted: true });
  });

  it('computes an overcompensation from a financial report: net paid + revenues − eligible costs, never below 0', () => {
    const reported = { ...facts, financialReports: [{ costsCents: 90_00, revenuesCents: 25_00 }] };
    expect(awardMoney(reported).overcompensationCents).toBe(15_00);
    expect(awardMoney({ ...reported, financialReports: [{ costsCents: 200_00, revenuesCents: 0 }] }).overcompensationCents).toBe(0);
  });
});
