import { specFor } from '../../../test/support/given-when-then.js';
import { type ModuleCommand, moduleDecider } from './decide-module.js';
import type { DeliveryAccess } from './delivery-rules.js';
import type { ModuleEvent, ParticipantFacts } from './events.js';
import { distributionOfScore } from './scores.js';
import { type TrainingCalendar, TrainingDatesRefused } from './training-dates.js';

const spec = specFor(moduleDecider);
/** The mandate was active on every day these specs date a fact on: only the dating rules are at stake here. */
const activeDays = [
  '2015-12-01',
  '2016-03-31',
  '2016-04-01',
  '2016-09-05',
  '2016-10-01',
  '2016-11-01',
  '2017-01-01',
  '2017-01-09',
  '2017-02-01',
  '2017-03-01',
  '2017-05-10',
  '2099-01-01',
  '2099-03-01',
];
const access: DeliveryAccess = {
  awardId: 'a1',
  enterpriseNumber: '0123.456.749',
  awardWithdrawnOn: null,
  mandateActiveOn: Object.fromEntries(activeDays.map((day) => [day, true])),
};
const facts = { moduleId: 'm1', awardId: 'a1', enterpriseNumber: '0123.456.749' };
/** Awarded in April 2016, today is 10 May 2017, management closed 2016. */
const closed2016: TrainingCalendar = { today: '2017-05-10', awardedOn: '2016-04-01', closedYears: [2016] };
const open: TrainingCalendar = { ...closed2016, closedYears: [] };
const eight = distributionOfScore(8);

const person = (participantId: string, trainingDate: string): ParticipantFacts => ({
  participantId,
  personalDataRef: `ref-${participantId}`,
  trainingDate,
  companyEnterpriseNumber: '0406.798.006',
  role: 'employee',
  targetGroups: [],
});
const registered = (id: string, trainingDate: string): ModuleEvent => ({
  type: 'ParticipantRegistered',
  data: { ...facts, participant: person(id, trainingDate) },
});
const register = (calendar: TrainingCalendar, ...dates: string[]): ModuleCommand => ({
  type: 'RegisterParticipants',
  data: { access, calendar, moduleId: 'm1', participants: dates.map((date, i) => person(`p${i + 1}`, date)) },
});
const remove = (calendar: TrainingCalendar, participantId: string): ModuleCommand => ({
  type: 'RemoveParticipant',
  data: { access, calendar, moduleId: 'm1', participantId, reason: 'registered twice', removedOn: calendar.today },
});
const distribution = (
  calendar: TrainingCalendar,
  evaluationId: string,
  trainingDate: string,
  replaces: string | null = null,
): ModuleCommand => ({
  type: 'RecordEvaluation',
  data: { access, calendar, moduleId: 'm1', evaluationId, participantId: null, trainingDate, distribution: eight, replaces },
});
const distributed = (evaluationId: string, trainingDate: string): ModuleEvent => ({
  type: 'EvaluationRecorded',
  data: { ...facts, evaluationId, participantId: null, trainingDate, distribution: eight },
});

describe('module decider, dating trainings', () => {
  it('registers trainings held between the award and today, in an open year, today included', () => {
    spec([])
      .when(register(closed2016, '2017-01-09', '2017-05-10'))
      .then([registered('p1', '2017-01-09'), registered('p2', '2017-05-10')]);
  });

  it('refuses a training after today (2.11 of 2099), before the award, or in a closed year', () => {
    spec([]).when(register(open, '2099-03-01')).thenThrows('TRAINING_DATE_IN_FUTURE');
    spec([]).when(register(open, '2016-03-31')).thenThrows('TRAINING_DATE_BEFORE_AWARD');
    spec([]).when(register(closed2016, '2016-09-05')).thenThrows('YEAR_CLOSED');
  });

  it('lists every bad row of a batch by its number, and appends nothing', () => {
    let refused: unknown;
    try {
      moduleDecider.decide(register(closed2016, '2017-02-01', '2016-09-05', '2017-03-01', '2099-01-01'), moduleDecider.initialState);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TrainingDatesRefused);
    expect(refused).toMatchObject({
      code: 'TRAINING_DATES_REFUSED',
      field: 'trainingDate',
      rows: [
        { row: 2, code: 'YEAR_CLOSED' },
        { row: 4, code: 'TRAINING_DATE_IN_FUTURE' },
      ],
    });
    spec([])
      .when(register(closed2016, '2016-10-01', '2016-11-01'))
      .thenThrows('YEAR_CLOSED');
  });

  it('refuses to remove a participant of a closed year: its figures must not move', () => {
    spec([registered('p1', '2016-09-05')])
      .when(remove(closed2016, 'p1'))
      .thenThrows('YEAR_CLOSED');
    expect(
      spec([registered('p1', '2016-09-05')])
        .when(remove(open, 'p1'))
        .events(),
    ).toHaveLength(1);
    expect(
      spec([registered('p1', '2017-02-01')])
        .when(remove(closed2016, 'p1'))
        .events(),
    ).toHaveLength(1);
  });

  it("dates a participant's evaluation by its training: none into a closed year", () => {
    const evaluate: ModuleCommand = {
      type: 'RecordEvaluation',
      data: {
        access,
        calendar: closed2016,
        moduleId: 'm1',
        evaluationId: 'e1',
        participantId: 'p1',
        trainingDate: '2017-01-01',
        distribution: eight,
        replaces: null,
      },
    };
    spec([registered('p1', '2016-09-05')])
      .when(evaluate)
      .thenThrows('YEAR_CLOSED');
  });

  it("checks a distribution's date, and refuses to replace one counted in a closed year", () => {
    spec([])
      .when(distribution(open, 'd1', '2099-03-01'))
      .thenThrows('TRAINING_DATE_IN_FUTURE');
    spec([])
      .when(distribution(open, 'd1', '2015-12-01'))
      .thenThrows('TRAINING_DATE_BEFORE_AWARD');
    spec([])
      .when(distribution(closed2016, 'd1', '2016-10-01'))
      .thenThrows('YEAR_CLOSED');
    // A distribution counts no more responses than the participants of its year (issue 7): they are given.
    const trained = [registered('p1', '2016-10-01'), registered('p2', '2017-02-01')];
    spec([...trained, distributed('d1', '2016-10-01')])
      .when(distribution(closed2016, 'd2', '2017-02-01', 'd1'))
      .thenThrows('YEAR_CLOSED');
    spec(trained)
      .when(distribution(closed2016, 'd1', '2017-02-01'))
      .then([distributed('d1', '2017-02-01')]);
  });
});
