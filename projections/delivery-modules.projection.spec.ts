import { distributionOfCounts, distributionOfScore } from '../src/delivery/domain/scores.js';
import {
  evaluation,
  evaluationRecorded,
  evaluationReplaced,
  HOLDER,
  moduleRegistered,
  participantRegistered,
  participantRemoved,
  scoreOf,
  sessionRegistered,
} from '../test/support/delivery-events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { deliveryModulesProjection } from './delivery-modules.projection.js';

const NO_RESPONSES = distributionOfScore(0).map(() => 0);

const moduleAfter = (events: Parameters<typeof givenEvents>[1]) => {
  const document = givenEvents(deliveryModulesProjection, events).get('m1');
  if (!document) throw new Error('no document for module m1');
  return document;
};

describe('delivery-modules projection: given delivery events, then one document per module', () => {
  it('keeps a registered module under its id, with its facts and nothing delivered yet', () => {
    const documents = givenEvents(deliveryModulesProjection, [
      recordedAt('2016-08-01T07:00:00.000Z', moduleRegistered('m1', { innovative: true, hours: 18 })),
    ]);
    expect([...documents.keys()]).toEqual(['m1']);
    expect(documents.get('m1')).toEqual({
      moduleId: 'm1',
      awardId: 'a1',
      enterpriseNumber: HOLDER,
      outsourcingId: 'o1',
      innovative: true,
      title: 'Module m1',
      subject: 'boekhouding',
      hours: 18,
      plannedStart: '2016-09-01',
      subjectPassedOnLater: false,
      sessions: [],
      participants: 0,
      removedParticipants: 0,
      participantsByYear: {},
      evaluationsByYear: {},
      moduleDistributionsByYear: {},
      moduleDistributionIdsByYear: {},
      participantScoresByYear: {},
      updatedAt: '2016-08-01T07:00:00.000Z',
    });
  });

  it('lists sessions by date, whatever the order they were registered in', () => {
    const document = moduleAfter([
      moduleRegistered('m1'),
      sessionRegistered('m1', 's2', '2016-09-12'),
      sessionRegistered('m1', 's1', '2016-09-05', 4),
      recordedAt('2016-09-20T12:00:00.000Z', sessionRegistered('m1', 's3', '2016-09-19')),
    ]);
    expect(document.sessions).toEqual([
      { sessionId: 's1', date: '2016-09-05', place: 'Gent', hours: 4 },
      { sessionId: 's2', date: '2016-09-12', place: 'Gent', hours: 3 },
      { sessionId: 's3', date: '2016-09-19', place: 'Gent', hours: 3 },
    ]);
    expect(document.updatedAt).toBe('2016-09-20T12:00:00.000Z');
  });

  it('counts participants by the Brussels year of their training', () => {
    const document = moduleAfter([
      moduleRegistered('m1'),
      participantRegistered('m1', 'p1'),
      participantRegistered('m1', 'p2', { trainingDate: '2016-12-31T23:30:00Z' }),
      participantRegistered('m1', 'p3', { trainingDate: '2017-01-10' }),
    ]);
    expect(document).toMatchObject({ participants: 3, removedParticipants: 0, participantsByYear: { '2016': 1, '2017': 2 } });
  });

  it('takes a removed participant out of the counts of its year', () => {
    const document = moduleAfter([
      moduleRegistered('m1'),
      participantRegistered('m1', 'p1'),
      participantRegistered('m1', 'p2'),
      participantRegistered('m1', 'p3', { trainingDate: '2017-01-10' }),
      participantRemoved('m1', 'p2'),
    ]);
    expect(document).toMatchObject({ participants: 2, removedParticipants: 1, participantsByYear: { '2016': 1, '2017': 1 } });
  });

  it("counts a module year's distribution instead of, never beside, its participants' own evaluations", () => {
    const document = moduleAfter([
      moduleRegistered('m1'),
      participantRegistered('m1', 'p1'),
      evaluationRecorded('m1', scoreOf('e1', 'p1', 8)),
      evaluationRecorded('m1', evaluation('d1', null, distributionOfCounts({ 6: 1, 8: 2 }))),
      evaluationRecorded('m1', evaluation('d2', null, distributionOfCounts({ 9: 1 }), '2017-01-10')),
    ]);
    // Issue 7: before, 2016 counted p1's 8 and the distribution together (6: 1, 8: 3); one participant counted twice.
    expect(document.evaluationsByYear).toEqual({ '2016': distributionOfCounts({ 6: 1, 8: 2 }), '2017': distributionOfScore(9) });
    expect(document.moduleDistributionsByYear).toEqual({ '2016': distributionOfCounts({ 6: 1, 8: 2 }), '2017': distributionOfScore(9) });
    expect(document.participantScoresByYear).toEqual({ '2016': distributionOfScore(8) });
  });

  it('counts a distribution replacing an earlier one of its year once, also when an older log stacked them', () => {
    const stacked = moduleAfter([
      moduleRegistered('m1'),
      evaluationRecorded('m1', evaluation('d1', null, distributionOfCounts({ 9: 30 }))),
      evaluationRecorded('m1', evaluation('d2', null, distributionOfCounts({ 6: 1, 9: 1 }))),
    ]);
    expect(stacked.evaluationsByYear).toEqual({ '2016': distributionOfCounts({ 6: 1, 9: 1 }) });
    const replaced = moduleAfter([
      moduleRegistered('m1'),
      evaluationRecorded('m1', evaluation('d1', null, distributionOfCounts({ 4: 2 }))),
      evaluationReplaced(
        'm1',
        evaluation('d2', null, distributionOfCounts({ 8: 2 })),
        evaluation('d1', null, distributionOfCounts({ 4: 2 })),
      ),
    ]);
    expect(replaced.evaluationsByYear).toEqual({ '2016': distributionOfCounts({ 8: 2 }) });
    expect(replaced.moduleDistributionIdsByYear).toEqual({ '2016': 'd2' });
  });

  it('counts a replaced evaluation once: the replacement, in the year of each', () => {
    const document = moduleAfter([
      moduleRegistered('m1'),
      participantRegistered('m1', 'p1'),
      evaluationRecorded('m1', scoreOf('e1', 'p1', 5)),
      evaluationReplaced('m1', scoreOf('e2', 'p1', 9), scoreOf('e1', 'p1', 5)),
      evaluationRecorded('m1', evaluation('d1', null, distributionOfCounts({ 4: 2 }))),
      evaluationReplaced(
        'm1',
        evaluation('d2', null, distributionOfCounts({ 7: 2 }), '2017-01-10'),
        evaluation('d1', null, distributionOfCounts({ 4: 2 })),
      ),
    ]);
    expect(document.evaluationsByYear).toEqual({ '2016': distributionOfScore(9), '2017': distributionOfCounts({ 7: 2 }) });
    expect(document.moduleDistributionsByYear).toEqual({ '2016': NO_RESPONSES, '2017': distributionOfCounts({ 7: 2 }) });
  });

  it("takes a removed participant's dropped evaluation out of its year", () => {
    const document = moduleAfter([
      moduleRegistered('m1'),
      participantRegistered('m1', 'p1'),
      participantRegistered('m1', 'p2'),
      evaluationRecorded('m1', scoreOf('e1', 'p1', 9)),
      evaluationRecorded('m1', scoreOf('e2', 'p2', 3)),
      participantRemoved('m1', 'p1', scoreOf('e1', 'p1', 9)),
    ]);
    expect(document).toMatchObject({ participants: 1, removedParticipants: 1, participantsByYear: { '2016': 1 } });
    expect(document.evaluationsByYear).toEqual({ '2016': distributionOfScore(3) });
    expect(document.moduleDistributionsByYear).toEqual({});
  });

  it('keeps each module to its own document', () => {
    const documents = givenEvents(deliveryModulesProjection, [
      moduleRegistered('m1'),
      moduleRegistered('m2', { subject: 'digitaal marketing' }),
      participantRegistered('m2', 'p1'),
      sessionRegistered('m1', 's1', '2016-09-05'),
    ]);
    expect(documents.get('m1')).toMatchObject({ subject: 'boekhouding', participants: 0, sessions: [{ sessionId: 's1' }] });
    expect(documents.get('m2')).toMatchObject({ subject: 'digitaal marketing', participants: 1, sessions: [] });
  });

  it('ignores events for a module it never saw registered', () => {
    const documents = givenEvents(deliveryModulesProjection, [
      sessionRegistered('ghost', 's1', '2016-09-05'),
      participantRegistered('ghost', 'p1'),
      evaluationRecorded('ghost', scoreOf('e1', 'p1', 8)),
      evaluationReplaced('ghost', scoreOf('e2', 'p1', 9), scoreOf('e1', 'p1', 8)),
      participantRemoved('ghost', 'p1'),
    ]);
    expect(documents.size).toBe(0);
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(deliveryModulesProjection)).toEqual([]);
  });
});
