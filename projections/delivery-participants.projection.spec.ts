import { distributionOfCounts } from '../src/delivery/domain/scores.js';
import {
  evaluation,
  evaluationRecorded,
  evaluationReplaced,
  HOLDER,
  participantRegistered,
  participantRemoved,
  scoreOf,
} from '../test/support/delivery-events.js';
import { givenEvents, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { deliveryParticipantsProjection } from './delivery-participants.projection.js';

describe('delivery-participants projection: given module events, then one document per participant', () => {
  it('keeps a registered participant under its id with its module, award and training year, and no personal data', () => {
    const documents = givenEvents(deliveryParticipantsProjection, [
      participantRegistered('m1', 'p1', { trainingDate: '2017-01-10', role: 'entrepreneur' }),
    ]);
    expect([...documents.keys()]).toEqual(['p1']);
    expect(documents.get('p1')).toEqual({
      participantId: 'p1',
      personalDataRef: 'vault-p1',
      trainingDate: '2017-01-10',
      companyEnterpriseNumber: '0406.798.006',
      role: 'entrepreneur',
      targetGroups: ['starters'],
      moduleId: 'm1',
      awardId: 'a1',
      enterpriseNumber: HOLDER,
      trainingYear: 2017,
      removed: null,
      evaluation: null,
    });
  });

  it("keeps a participant's evaluation as the score of its one response", () => {
    const documents = givenEvents(deliveryParticipantsProjection, [
      participantRegistered('m1', 'p1'),
      participantRegistered('m1', 'p2'),
      evaluationRecorded('m1', scoreOf('e1', 'p1', 8)),
      evaluationRecorded('m1', scoreOf('e2', 'p2', 0)),
    ]);
    expect(documents.get('p1')?.evaluation).toEqual({ evaluationId: 'e1', score: 8 });
    expect(documents.get('p2')?.evaluation).toEqual({ evaluationId: 'e2', score: 0 });
  });

  it('takes the replacing evaluation in place of the replaced one', () => {
    const documents = givenEvents(deliveryParticipantsProjection, [
      participantRegistered('m1', 'p1'),
      evaluationRecorded('m1', scoreOf('e1', 'p1', 5)),
      evaluationReplaced('m1', scoreOf('e2', 'p1', 9), scoreOf('e1', 'p1', 5)),
    ]);
    expect(documents.get('p1')?.evaluation).toEqual({ evaluationId: 'e2', score: 9 });
  });

  it("leaves every participant as it was for a module's distribution as a whole", () => {
    const distribution = evaluation('d1', null, distributionOfCounts({ 6: 2, 9: 1 }));
    const documents = givenEvents(deliveryParticipantsProjection, [
      participantRegistered('m1', 'p1'),
      evaluationRecorded('m1', distribution),
      evaluationReplaced('m1', evaluation('d2', null, distributionOfCounts({ 7: 3 })), distribution),
    ]);
    expect([...documents.keys()]).toEqual(['p1']);
    expect(documents.get('p1')?.evaluation).toBeNull();
  });

  it('keeps a removed participant, marked removed with the reason, its evaluation dropped', () => {
    const documents = givenEvents(deliveryParticipantsProjection, [
      participantRegistered('m1', 'p1'),
      evaluationRecorded('m1', scoreOf('e1', 'p1', 7)),
      participantRemoved('m1', 'p1', scoreOf('e1', 'p1', 7)),
    ]);
    expect(documents.get('p1')).toMatchObject({
      participantId: 'p1',
      removed: { reason: 'registered twice', removedOn: '2016-10-01' },
      evaluation: null,
    });
  });

  it('ignores a removal or an evaluation of a participant it never saw registered', () => {
    const documents = givenEvents(deliveryParticipantsProjection, [
      participantRegistered('m1', 'p1'),
      evaluationRecorded('m1', scoreOf('e9', 'ghost', 8)),
      evaluationReplaced('m1', scoreOf('e10', 'ghost', 9), scoreOf('e9', 'ghost', 8)),
      participantRemoved('m1', 'ghost'),
    ]);
    expect([...documents.keys()]).toEqual(['p1']);
    expect(documents.get('p1')).toMatchObject({ removed: null, evaluation: null });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(deliveryParticipantsProjection)).toEqual([]);
  });
});
