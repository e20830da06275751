import { specFor } from '../../../test/support/given-when-then.js';
import { type ModuleCommand, moduleDecider } from './decide-module.js';
import type { DeliveryAccess } from './delivery-rules.js';
import type { ModuleEvent, ParticipantFacts } from './events.js';
import { distributionOfCounts, distributionOfScore } from './scores.js';
import type { TrainingCalendar } from './training-dates.js';

const spec = specFor(moduleDecider);
const access: DeliveryAccess = {
  awardId: 'a1',
  enterpriseNumber: '0123.456.749',
  awardWithdrawnOn: null,
  mandateActiveOn: { '2016-09-05': true, '2016-10-03': true },
};
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
      data: {
        access: { ...access, awardWithdrawnOn: '2016-09-01' },
        calendar,
        moduleId: 'm1',
        sessionId: 's1',
        date: '2016-09-05',
        place: 'Gent',
        hours: 3,
      },
    };
    spec([]).when(session).thenThrows('AWARD_WITHDRAWN');
    spec([registered('p1')])
      .when({ ...remove('p1'), data: { ...remove('p1').data, access: { ...access, mandateActiveOn: {} } } } as ModuleCommand)
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

  it('a new distribution of the same module and year replaces the earlier one', () => {
    const d = distributionOfCounts({ 6: 1, 9: 1 });
    const replacement = distributionOfCounts({ 9: 2 });
    spec([registered('p1'), registered('p2'), evaluated('d1', null, d)])
      .when(evaluate('d2', null, replacement))
      .then([
        {
          type: 'EvaluationReplaced',
          data: {
            ...facts,
            evaluationId: 'd2',
            participantId: null,
            trainingDate: '2016-09-05',
            distribution: replacement,
            replaced: { evaluationId: 'd1', participantId: null, trainingDate: '2016-09-05', distribution: d },
          },
        },
      ]);
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

describe('module decider: satisfaction that cannot be inflated', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => registered(`p${i + 1}`));

  it('refuses a distribution larger than the participants of its year, with both numbers', () => {
    const tooMany = distributionOfCounts({ 9: 30 });
    expect(() =>
      spec(people(1))
        .when(evaluate('d1', null, tooMany))
        .events(),
    ).toThrow(
      expect.objectContaining({ code: 'MORE_RESPONSES_THAN_PARTICIPANTS', message: expect.stringMatching(/30 responses.*1 participants/) }),
    );
    spec(people(3))
      .when(evaluate('d1', null, distributionOfCounts({ 9: 3 })))
      .then([evaluated('d1', null, distributionOfCounts({ 9: 3 }))]);
  });

  it('refuses to mix participants’ own evaluations and a distribution in one module and year', () => {
    spec([...people(2), evaluated('e1', 'p1')])
      .when(evaluate('d1', null, distributionOfCounts({ 8: 1 })))
      .thenThrows('EVALUATION_MIXED');
    spec([...people(2), evaluated('d1', null, distributionOfCounts({ 8: 1 }))])
      .when(evaluate('e1', 'p2'))
      .thenThrows('EVALUATION_MIXED');
  });

  it('refuses a removal that would leave the distribution of its year with more responses than participants', () => {
    spec([...people(2), evaluated('d1', null, distributionOfCounts({ 8: 2 }))])
      .when(remove('p1'))
      .thenThrows('MORE_RESPONSES_THAN_PARTICIPANTS');
  });

  it('answers a retried evaluation with the event it stored, whatever was recorded since', () => {
    spec([registered('p1'), evaluated('e1', 'p1')])
      .when(evaluate('e1', 'p1'))
      .then([evaluated('e1', 'p1')]);
  });
});

describe('module decider: every fact judged on its own date', () => {
  const suspendedInOctober: DeliveryAccess = { ...access, mandateActiveOn: { '2016-09-05': true, '2016-10-03': false } };
  const trainedOn = (date: string): ParticipantFacts => ({ ...person('p1'), trainingDate: date });
  const registering = (date: string, on = suspendedInOctober): ModuleCommand => ({
    type: 'RegisterParticipants',
    data: { access: on, calendar, moduleId: 'm1', participants: [trainedOn(date)] },
  });

  it('refuses a training during a suspension, naming its date', () => {
    expect(() => spec([]).when(registering('2016-10-03')).events()).toThrow(
      expect.objectContaining({ code: 'MANDATE_NOT_ACTIVE', message: expect.stringContaining('2016-10-03') }),
    );
  });

  it("accepts last year's training reported by a holder suspended today", () => {
    // Today is 2017-01-15; the mandate is suspended today but was active on the training day.
    const suspendedToday = { ...access, mandateActiveOn: { '2016-09-05': true, '2017-01-15': false } };
    spec([])
      .when(registering('2016-09-05', suspendedToday))
      .then([{ type: 'ParticipantRegistered', data: { ...facts, participant: trainedOn('2016-09-05') } }]);
  });

  it('refuses a training on or after the award was withdrawn, accepts one before', () => {
    const withdrawn = { ...access, awardWithdrawnOn: '2016-10-01' };
    spec([]).when(registering('2016-10-03', withdrawn)).thenThrows('AWARD_WITHDRAWN');
    expect(spec([]).when(registering('2016-09-05', withdrawn)).events()).toHaveLength(1);
  });

  it('judges a session on its date', () => {
    const session = (date: string): ModuleCommand => ({
      type: 'RegisterSession',
      data: { access: suspendedInOctober, calendar, moduleId: 'm1', sessionId: 's1', date, place: 'Gent', hours: 3 },
    });
    spec([]).when(session('2016-10-03')).thenThrows('MANDATE_NOT_ACTIVE');
    expect(spec([]).when(session('2016-09-05')).events()).toHaveLength(1);
  });
});
