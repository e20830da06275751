import {
  financialReportRecorded,
  followUpRecorded,
  HOLDER,
  moduleRegistered,
  participantRegistered,
  participantRemoved,
  paymentRecorded,
} from '../test/support/delivery-events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { amended, granted, withdrawn } from '../test/support/indicator-fixtures.js';
import { deliveryAwardsProjection } from './delivery-awards.projection.js';

const grantedA1 = granted('o1', 'a1', HOLDER, 50_000_00, '2016-04-01');

const awardAfter = (events: Parameters<typeof givenEvents>[1]) => {
  const document = givenEvents(deliveryAwardsProjection, events).get('a1');
  if (!document) throw new Error('no document for award a1');
  return document;
};

describe('delivery-awards projection: given award and delivery events, then one document per award', () => {
  it('keeps a granted award under its id, dated on the Brussels calendar, with nothing delivered or paid yet', () => {
    const documents = givenEvents(deliveryAwardsProjection, [
      recordedAt('2018-01-01T08:00:00.000Z', granted('o1', 'a1', HOLDER, 50_000_00, '2017-12-31T23:30:00Z')),
    ]);
    expect([...documents.keys()]).toEqual(['a1']);
    expect(documents.get('a1')).toEqual({
      awardId: 'a1',
      outsourcingId: 'o1',
      enterpriseNumber: HOLDER,
      awardedOn: '2017-12-31T23:30:00Z',
      awardYear: 2018,
      grantedCents: 50_000_00,
      withdrawn: false,
      withdrawnOn: null,
      modules: 0,
      subjectsPassedOnLater: [],
      participants: 0,
      paidCents: 0,
      payments: [],
      recoveredCents: 0,
      recoveries: [],
      followUps: [],
      financialReports: [],
      updatedAt: '2018-01-01T08:00:00.000Z',
    });
  });

  it('replaces the granted amount by each amendment', () => {
    expect(awardAfter([grantedA1, amended('o1', 'a1', 50_000_00, 45_000_00)]).grantedCents).toBe(45_000_00);
    expect(awardAfter([grantedA1, amended('o1', 'a1', 50_000_00, 45_000_00), amended('o1', 'a1', 45_000_00, 48_000_00)]).grantedCents).toBe(
      48_000_00,
    );
  });

  it('marks a withdrawn award withdrawn and leaves its granted amount and its year as they were', () => {
    const document = awardAfter([
      grantedA1,
      paymentRecorded('a1', 'pay1', 10_000_00),
      recordedAt('2017-02-01T09:00:00.000Z', withdrawn('o1', 'a1', HOLDER, 50_000_00, '2016-04-01', '2017-02-01')),
    ]);
    expect(document).toMatchObject({
      withdrawn: true,
      grantedCents: 50_000_00,
      awardYear: 2016,
      paidCents: 10_000_00,
      updatedAt: '2017-02-01T09:00:00.000Z',
    });
  });

  it('counts its modules and lists each subject passed on later once', () => {
    const document = awardAfter([
      grantedA1,
      moduleRegistered('m1'),
      moduleRegistered('m2', { subject: 'export', subjectPassedOnLater: true }),
      moduleRegistered('m3', { subject: 'export', subjectPassedOnLater: true }),
      moduleRegistered('m4', { subject: 'fiscaliteit', subjectPassedOnLater: true }),
    ]);
    expect(document).toMatchObject({ modules: 4, subjectsPassedOnLater: ['export', 'fiscaliteit'] });
  });

  it("adds up the standing participants of all the award's modules; a removed participant leaves the count", () => {
    const document = awardAfter([
      grantedA1,
      moduleRegistered('m1'),
      moduleRegistered('m2'),
      participantRegistered('m1', 'p1'),
      participantRegistered('m1', 'p2'),
      participantRegistered('m2', 'p3'),
      participantRemoved('m1', 'p2'),
    ]);
    expect(document.participants).toBe(2);
  });

  it('adds up its payments and keeps each of them in order', () => {
    const document = awardAfter([
      grantedA1,
      paymentRecorded('a1', 'pay1', 20_000_00, '2016-10-01'),
      paymentRecorded('a1', 'pay2', 15_000_00, '2017-03-01'),
    ]);
    expect(document.paidCents).toBe(35_000_00);
    expect(document.payments).toEqual([
      { awardId: 'a1', paymentId: 'pay1', amountCents: 20_000_00, paidOn: '2016-10-01' },
      { awardId: 'a1', paymentId: 'pay2', amountCents: 15_000_00, paidOn: '2017-03-01' },
    ]);
  });

  it("keeps the adviser's follow-ups in order", () => {
    const document = awardAfter([grantedA1, followUpRecorded('a1', 'f1', '2016-09-20'), followUpRecorded('a1', 'f2', '2016-10-20')]);
    expect(document.followUps).toEqual([
      { awardId: 'a1', followUpId: 'f1', kind: 'lesson-visit', on: '2016-09-20', finding: 'lively group', rating: 4 },
      { awardId: 'a1', followUpId: 'f2', kind: 'lesson-visit', on: '2016-10-20', finding: 'lively group', rating: 4 },
    ]);
  });

  it('keeps the latest financial report of each year, in year order', () => {
    const document = awardAfter([
      grantedA1,
      financialReportRecorded('a1', 2017, 30_000_00),
      financialReportRecorded('a1', 2016, 10_000_00, '2017-02-01'),
      financialReportRecorded('a1', 2016, 12_000_00, '2017-03-01'),
    ]);
    expect(document.financialReports.map((r) => [r.year, r.costsCents, r.reportedOn])).toEqual([
      [2016, 12_000_00, '2017-03-01'],
      [2017, 30_000_00, '2018-02-15'],
    ]);
  });

  it('keeps each award to its own document', () => {
    const documents = givenEvents(deliveryAwardsProjection, [
      grantedA1,
      granted('o1', 'a2', '0406.798.006', 20_000_00),
      paymentRecorded('a2', 'pay1', 5_000_00),
      moduleRegistered('m1', { awardId: 'a2' }),
      participantRegistered('m1', 'p1', {}, 'a2'),
    ]);
    expect(documents.get('a1')).toMatchObject({ grantedCents: 50_000_00, paidCents: 0, modules: 0, participants: 0 });
    expect(documents.get('a2')).toMatchObject({ grantedCents: 20_000_00, paidCents: 5_000_00, modules: 1, participants: 1 });
  });

  it('ignores events for an award it never saw granted', () => {
    const documents = givenEvents(deliveryAwardsProjection, [
      amended('o1', 'ghost', 1_00, 2_00),
      withdrawn('o1', 'ghost', HOLDER, 1_00, '2016-04-01', '2016-05-01'),
      moduleRegistered('m1', { awardId: 'ghost' }),
      participantRegistered('m1', 'p1', {}, 'ghost'),
      participantRemoved('m1', 'p1', null, undefined, 'ghost'),
      paymentRecorded('ghost', 'pay1', 1_00),
      followUpRecorded('ghost', 'f1'),
      financialReportRecorded('ghost', 2016, 1_00),
    ]);
    expect(documents.size).toBe(0);
  });

  it('adds up what was paid back and keeps the day of a withdrawal', () => {
    const recovery = {
      type: 'RecoveryRecorded' as const,
      data: { awardId: 'a1', recoveryId: 'r1', amountCents: 4_000_00, recoveredOn: '2017-03-01', reason: 'withdrawn' },
    };
    const document = awardAfter([
      grantedA1,
      paymentRecorded('a1', 'pay1', 10_000_00),
      withdrawn('o1', 'a1', HOLDER, 50_000_00, '2016-04-01', '2017-02-01'),
      recovery,
    ]);
    expect(document).toMatchObject({
      paidCents: 10_000_00,
      recoveredCents: 4_000_00,
      recoveries: [recovery.data],
      withdrawnOn: '2017-02-01',
    });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(deliveryAwardsProjection)).toEqual([]);
  });
});
