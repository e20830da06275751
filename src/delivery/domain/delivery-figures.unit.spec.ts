import { deliveryAwardsProjection } from '../../../projections/delivery-awards.projection.js';
import { deliveryModulesProjection } from '../../../projections/delivery-modules.projection.js';
import { granted, project, stored as storedCall, withdrawn } from '../../../test/support/indicator-fixtures.js';
import type { StoredEvent } from '../../shared/event-store/event-store.port.js';
import { deliveryIndicators } from '../../indicators/domain/delivery-indicators.js';
import { deliveryFigures } from './delivery-figures.js';
import type { DeliveryEvent } from './events.js';
import { distributionOfCounts, distributionOfScore } from './scores.js';

const stored = (event: DeliveryEvent): StoredEvent => ({
  ...storedCall(granted('x', 'x', '0123.456.749', 1)),
  type: event.type,
  data: event.data as unknown as StoredEvent['data'],
});
const facts = (moduleId: string) => ({ moduleId, awardId: 'a1', enterpriseNumber: '0123.456.749' });
const module = (moduleId: string, innovative: boolean): DeliveryEvent => ({
  type: 'ModuleRegistered',
  data: {
    ...facts(moduleId),
    outsourcingId: 'o1',
    innovative,
    title: moduleId,
    subject: 's',
    hours: 6,
    plannedStart: '2016-09-01',
    subjectPassedOnLater: false,
  },
});
const person = (moduleId: string, participantId: string, trainingDate = '2016-09-05'): DeliveryEvent => ({
  type: 'ParticipantRegistered',
  data: {
    ...facts(moduleId),
    participant: {
      participantId,
      personalDataRef: 'r',
      trainingDate,
      companyEnterpriseNumber: '0406.798.006',
      role: 'employee',
      targetGroups: [],
    },
  },
});
const scored = (
  moduleId: string,
  evaluationId: string,
  participantId: string | null,
  distribution: readonly number[],
  trainingDate = '2016-09-05',
): DeliveryEvent => ({
  type: 'EvaluationRecorded',
  data: { ...facts(moduleId), evaluationId, participantId, trainingDate, distribution },
});

const indicatorsOf = (events: readonly DeliveryEvent[], calls: readonly StoredEvent[], year: number) => {
  const all = [...calls, ...events.map(stored)];
  const values = deliveryIndicators(deliveryFigures(project(deliveryModulesProjection, all), project(deliveryAwardsProjection, all), year));
  return Object.fromEntries(Object.entries(values).map(([code, v]) => [code, v.value]));
};
const award = [storedCall(granted('o1', 'a1', '0123.456.749', 100_00))];

describe('delivery indicators, given delivery events', () => {
  it('2.11 counts participants by the year of their training; DP7 only under innovative calls', () => {
    const events = [module('m1', true), module('m2', false), person('m1', 'p1'), person('m1', 'p2', '2017-01-10'), person('m2', 'p3')];
    expect(indicatorsOf(events, award, 2016)).toMatchObject({ '2.11': 2, DP7: 1 });
    expect(indicatorsOf(events, award, 2017)).toMatchObject({ '2.11': 1, DP7: 1 });
  });

  it('a participant removed again no longer counts, nor does its evaluation', () => {
    const events: DeliveryEvent[] = [
      module('m1', false),
      person('m1', 'p1'),
      person('m1', 'p2'),
      scored('m1', 'e1', 'p1', distributionOfScore(9)),
      {
        type: 'ParticipantRemoved',
        data: {
          ...facts('m1'),
          participantId: 'p1',
          trainingDate: '2016-09-05',
          reason: 'twice',
          removedOn: '2016-10-01',
          droppedEvaluation: { evaluationId: 'e1', participantId: 'p1', trainingDate: '2016-09-05', distribution: distributionOfScore(9) },
        },
      },
    ];
    // Issue 7: a ratio with nothing to divide is not available (null, no-data), no longer 0.
    expect(indicatorsOf(events, award, 2016)).toMatchObject({ '2.11': 1, 'DP26.responses': 0, DP26: null });
  });

  it('DP26 is the share of responses scoring 7 or more; a distribution counts instead of, never beside, own evaluations; a replacement counts once', () => {
    const events: DeliveryEvent[] = [
      module('m1', false),
      person('m1', 'p1'),
      scored('m1', 'e1', 'p1', distributionOfScore(5)),
      scored('m1', 'd1', null, distributionOfCounts({ 6: 1, 7: 1, 10: 1 })),
      {
        type: 'EvaluationReplaced',
        data: {
          ...facts('m1'),
          evaluationId: 'e2',
          participantId: 'p1',
          trainingDate: '2016-09-05',
          distribution: distributionOfScore(8),
          replaced: { evaluationId: 'e1', participantId: 'p1', trainingDate: '2016-09-05', distribution: distributionOfScore(5) },
        },
      },
    ];
    // Issue 7: the module's distribution (3 responses, 2 of 7 or more) stands for 2016; p1's own score no longer adds to it.
    expect(indicatorsOf(events, award, 2016)).toMatchObject({ DP26: 2 / 3, 'DP26.responses': 3 });
    expect(indicatorsOf(events.slice(0, 3).concat(events[4]), award, 2016)).toMatchObject({ DP26: 1, 'DP26.responses': 1 });
  });

  it('realisation is net paid on the awards dated in the year against what stands granted of them', () => {
    const paid: DeliveryEvent = {
      type: 'PaymentRecorded',
      data: { awardId: 'a1', paymentId: 'p', amountCents: 80_00, paidOn: '2016-12-01' },
    };
    const recovered: DeliveryEvent = {
      type: 'RecoveryRecorded',
      data: { awardId: 'a1', recoveryId: 'r', amountCents: 30_00, recoveredOn: '2017-01-10', reason: 'overpaid' },
    };
    expect(indicatorsOf([paid, recovered], award, 2016).realisation).toBe(0.5);
    const over: DeliveryEvent = {
      type: 'PaymentRecorded',
      data: { awardId: 'a1', paymentId: 'q', amountCents: 40_00, paidOn: '2017-01-05' },
    };
    expect(indicatorsOf([paid, over], award, 2016).realisation).toBe(1.2);
  });

  it('realisation is paid against granted for the standing awards dated in the year', () => {
    const paid: DeliveryEvent = {
      type: 'PaymentRecorded',
      data: { awardId: 'a1', paymentId: 'p', amountCents: 60_00, paidOn: '2017-05-01' },
    };
    expect(indicatorsOf([paid], award, 2016).realisation).toBe(0.6);
    expect(indicatorsOf([paid], award, 2017).realisation).toBeNull();
    expect(
      indicatorsOf([paid], [...award, storedCall(withdrawn('o1', 'a1', '0123.456.749', 100_00, '2016-04-01', '2016-12-01'))], 2016)
        .realisation,
    ).toBeNull();
  });
});
