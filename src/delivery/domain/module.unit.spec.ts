import { specFor } from '../../../test/support/given-when-then.js';
import { type ModuleCommand, moduleDecider } from './decide-module.js';
import type { DeliveryAccess } from './delivery-rules.js';
import type { ModuleEvent, ParticipantFacts } from './events.js';
import { distributionOfCounts, distributionOfScore } from './scores.js';
import type { TrainingCalendar } from './training-dates.js';

const spec = specFor(moduleDecider);
const access: DeliveryAccess = { awardId: 'a1', enterpriseNumber: '0123.456.749', awardWithdrawn: false, mandateActive: true };
const calendar: TrainingCalendar = { today: '2017-01-15', awardedOn: '2016-04-01', closedYears: [] };
const facts = { moduleId: 'm1', awardId: 'a1', enterpriseNumber: '0123.456.749' };
const person = (participantId: string): ParticipantFacts => ({
  participantId,
  personalDataRef: `ref-${participantId}`,
  trainingDate: '2016-09-05',
  companyEnterpriseNumber: '0406.798.006',
  role: 'employee',
  targetGroups: [],
});
const registered = (id: string): ModuleEvent => ({ type: 'ParticipantRegistered', data: { ...facts, participant: person(id) } });
const eight = distributionOfScore(8);
const evaluated = (evaluationId: string, participantId: string | null, distribution = eight): ModuleEvent => ({
  type: 'EvaluationRecorded',
  data: { ...facts, evaluationId, participantId, trainingDate: '2016-09-05', distribution },
});
const evaluate = (
  evaluationId: string,
  participantId: string | null,
  distribution = eight,
  replaces: string | null = null,
): ModuleCommand => ({
  type: 'RecordEvaluation',
  data: { access, calendar, moduleId: 'm1', evaluationId, participantId, trainingDate: '2016-09-05', distribution, replaces },
});
const remove = (participantId: string): ModuleCommand => ({
  type: 'RemoveParticipant',
  data: { access, calendar, moduleId: 'm1', participantId, reason: 'registered twice', removedOn: '2016-10-01' },
});

describe('module decider', () => {
  it('registers a batch of participants as one event each, in one decision', () => {
    spec([])
      .when({ type: 'RegisterParticipants', data: { access, calendar, moduleId: 'm1', participants: [person('p1'), person('p2')] } })
      .then([registered('p1'), registered('p2')]);
  });

  it('refuses every delivery write on a withdrawn award or an inactive mandate', () => {
    const session: ModuleCommand = {
      type: 'RegisterSession',
      data: { access: { ...access, awardWithdrawn: true }, moduleId: 'm1', sessionId: 's1', date: '2016-09-05', place: 'Gent', hours: 3 },
    };
    spec([]).when(session).thenThrows('AWARD_WITHDRAWN');
    spec([registered('p1')])
      .when({ ...remove('p1'), data: { ...remove('p1').data, access: { ...access, mandateActive: false } } } as ModuleCommand)
      .thenThrows('MANDATE_NOT_ACTIVE');
  });

  it('removes a participant with its evaluation, once', () => {
    spec([registered('p1'), evaluated('e1', 'p1')])
      .when(remove('p1'))
      .then([
        {
          type: 'ParticipantRemoved',
          data: {
            ...facts,
            participantId: 'p1',
            trainingDate: '2016-09-05',
            reason: 'registered twice',
            removedOn: '2016-10-01',
            droppedEvaluation: { evaluationId: 'e1', participantId: 'p1', trainingDate: '2016-09-05', distribution: eight },
          },
        },
      ]);
    const removedOnce = spec([registered('p1')])
      .when(remove('p1'))
      .events();
    spec([registered('p1'), ...removedOnce])
      .when(remove('p1'))
      .thenThrows('PARTICIPANT_REMOVED');
    spec([]).when(remove('p9')).thenThrows('PARTICIPANT_NOT_FOUND');
  });

  it('records one evaluation per participant; a second one must replace the first', () => {
    spec([registered('p1')])
      .when(evaluate('e1', 'p1'))
      .then([evaluated('e1', 'p1')]);
    spec([registered('p1'), evaluated('e1', 'p1')])
      .when(evaluate('e2', 'p1'))
      .thenThrows('EVALUATION_ALREADY_RECORDED');
    const seven = distributionOfScore(7);
    spec([registered('p1'), evaluated('e1', 'p1')])
      .when(evaluate('e2', 'p1', seven, 'e1'))
      .then([
        {
          type: 'EvaluationReplaced',
          data: {
            ...facts,
            evaluationId: 'e2',
            participantId: 'p1',
            trainingDate: '2016-09-05',
            distribution: seven,
            replaced: { evaluationId: 'e1', participantId: 'p1', trainingDate: '2016-09-05', distribution: eight },
          },
        },
      ]);
  });

  it('replaces an evaluation only once, only one that exists, and only with the same kind', () => {
    const replaced = spec([registered('p1'), evaluated('e1', 'p1')])
      .when(evaluate('e2', 'p1', eight, 'e1'))
      .events();
    spec([registered('p1'), evaluated('e1', 'p1'), ...replaced])
      .when(evaluate('e3', 'p1', eight, 'e1'))
      .thenThrows('EVALUATION_ALREADY_REPLACED');
    spec([registered('p1')])
      .when(evaluate('e2', 'p1', eight, 'nope'))
      .thenThrows('EVALUATION_NOT_FOUND');
    spec([registered('p1'), evaluated('d1', null)])
      .when(evaluate('e2', 'p1', eight, 'd1'))
      .thenThrows('EVALUATION_KIND_MISMATCH');
  });

  it('refuses an evaluation of an unknown or removed participant', () => {
    spec([]).when(evaluate('e1', 'p9')).thenThrows('PARTICIPANT_NOT_FOUND');
    const removed = spec([registered('p1')])
      .when(remove('p1'))
      .events();
    spec([registered('p1'), ...removed])
      .when(evaluate('e1', 'p1'))
      .thenThrows('PARTICIPANT_REMOVED');
  });

  it('accepts module distributions, several of them, without a participant', () => {
    const d = distributionOfCounts({ 6: 2, 9: 5 });
    spec([evaluated('d1', null, d)])
      .when(evaluate('d2', null, d))
      .then([evaluated('d2', null, d)]);
  });
});

describe('scores', () => {
  it('accepts whole scores 0..10 only', () => {
    expect(distributionOfScore(0)[0]).toBe(1);
    expect(distributionOfScore(10)[10]).toBe(1);
    for (const bad of [-1, 11, 7.5])
      expect(() => distributionOfScore(bad)).toThrow(expect.objectContaining({ code: 'SCORE_OUT_OF_RANGE' }));
  });

  it('reads a distribution of responses per score and refuses keys outside 0..10 or empty ones', () => {
    expect(distributionOfCounts({ '0': 1, '10': 3 })).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(() => distributionOfCounts({ '11': 1 })).toThrow(expect.objectContaining({ code: 'SCORE_OUT_OF_RANGE' }));
    expect(() => distributionOfCounts({ '3': -1 })).toThrow(expect.objectContaining({ code: 'INVALID_RESPONSE_COUNT' }));
    expect(() => distributionOfCounts({ '3': 0 })).toThrow(expect.objectContaining({ code: 'EMPTY_DISTRIBUTION' }));
  });
});
