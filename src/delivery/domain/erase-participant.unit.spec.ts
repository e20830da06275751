import { specFor } from '../../../test/support/given-when-then.js';
import { type ModuleCommand, moduleDecider } from './decide-module.js';
import type { DeliveryAccess } from './delivery-rules.js';
import type { ModuleEvent } from './events.js';
import type { TrainingCalendar } from './training-dates.js';

const spec = specFor(moduleDecider);
const access: DeliveryAccess = {
  awardId: 'a1',
  enterpriseNumber: '0123.456.749',
  awardWithdrawnOn: null,
  mandateActiveOn: { '2009-09-05': true },
};
const calendar: TrainingCalendar = { today: '2010-01-15', awardedOn: '2009-04-01', closedYears: [] };
const facts = { moduleId: 'm1', awardId: 'a1', enterpriseNumber: '0123.456.749' };
const registered: ModuleEvent = {
  type: 'ParticipantRegistered',
  data: {
    ...facts,
    participant: {
      participantId: 'p1',
      personalDataRef: 'ref-p1',
      trainingDate: '2009-09-05',
      companyEnterpriseNumber: '0406.798.006',
      role: 'employee',
      targetGroups: [],
    },
  },
};
const erase = (basis: 'data-subject-request' | 'retention' = 'data-subject-request'): ModuleCommand => ({
  type: 'EraseParticipant',
  data: { moduleId: 'm1', participantId: 'p1', basis, reason: 'request of 2017-01-10', erasedOn: '2017-01-16' },
});
const erased: ModuleEvent = {
  type: 'ParticipantErased',
  data: { ...facts, participantId: 'p1', basis: 'data-subject-request', reason: 'request of 2017-01-10', erasedOn: '2017-01-16' },
};

describe('erasing a participant', () => {
  it('records who was erased, why and when, with the module facts and nothing of the person', () => {
    spec([registered]).when(erase()).then([erased]);
  });

  it('erases whatever became of the mandate, the award or the year: the right to erasure does not wait', () => {
    // No access and no calendar are asked: a withdrawn award, a revoked mandate or a closed year cannot stop it.
    const retention = spec([registered]).when(erase('retention')).events();
    expect(retention).toEqual([{ ...erased, data: { ...erased.data, basis: 'retention' } }]);
  });

  it('erases once, never a participant removed (erased then) or unknown', () => {
    spec([registered, erased]).when(erase()).thenThrows('PARTICIPANT_ALREADY_ERASED');
    spec([]).when(erase()).thenThrows('PARTICIPANT_NOT_FOUND');
    const removed = spec([registered])
      .when({
        type: 'RemoveParticipant',
        data: { access, calendar, moduleId: 'm1', participantId: 'p1', reason: 'twice', removedOn: '2010-01-15' },
      })
      .events();
    spec([registered, ...removed])
      .when(erase())
      .thenThrows('PARTICIPANT_REMOVED');
  });

  it('leaves the participant standing for the other commands: it can still be evaluated', () => {
    const events = spec([registered, erased])
      .when({
        type: 'RecordEvaluation',
        data: {
          access,
          calendar,
          moduleId: 'm1',
          evaluationId: 'e1',
          participantId: 'p1',
          trainingDate: '2009-09-05',
          distribution: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
          replaces: null,
        },
      })
      .events();
    expect(events.map((e) => e.type)).toEqual(['EvaluationRecorded']);
  });
});
