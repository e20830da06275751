import type { BusinessPlanSet } from '../src/indicators/domain/events.js';
import type { PlanRow } from '../src/indicators/domain/plan-row.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { plansProjection } from './plans.projection.js';

const row = (code: string, ...measures: PlanRow['measures']): PlanRow => ({ code, nameNl: code, nameEn: code, measures, note: null });
const set = (year: number, ...rows: PlanRow[]): BusinessPlanSet => ({ type: 'BusinessPlanSet', data: { year, rows } });

describe('plans projection: given plans set, then the plan of each year', () => {
  it('keeps the last plan per year, each year to its own document', () => {
    const documents = givenEvents(plansProjection, [
      recordedAt('2017-01-10T10:00:00.000Z', set(2017, row('2.12', 'DP23'))),
      recordedAt('2017-02-10T10:00:00.000Z', set(2017, row('2.12', 'DP23'), row('2.13', 'DP24', 'DP25'))),
      recordedAt('2016-01-10T10:00:00.000Z', set(2016, row('DP23', 'DP23'))),
    ]);
    expect(documents.get('2017')).toEqual({
      year: 2017,
      rows: [row('2.12', 'DP23'), row('2.13', 'DP24', 'DP25')],
      updatedAt: '2017-02-10T10:00:00.000Z',
    });
    expect(documents.get('2016')?.rows.map((r) => r.code)).toEqual(['DP23']);
  });

  it("keeps the plan's order, names and notes as set", () => {
    const noted: PlanRow = {
      code: '2.11',
      nameNl: 'Deelnemers',
      nameEn: 'Participants',
      measures: ['2.11'],
      note: 'vanaf het tweede kwartaal',
    };
    const documents = givenEvents(plansProjection, [set(2017, row('2.14', 'DP26'), noted, row('2.13', 'DP24', 'DP25'))]);
    expect(documents.get('2017')?.rows).toEqual([row('2.14', 'DP26'), noted, row('2.13', 'DP24', 'DP25')]);
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(plansProjection)).toEqual([]);
  });
});
