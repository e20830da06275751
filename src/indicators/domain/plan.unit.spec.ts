import { specFor } from '../../../test/support/given-when-then.js';
import type { BusinessPlanSet } from './events.js';
import { noTargets } from './indicator-catalogue.js';
import { count } from './indicator.js';
import { planDecider } from './plan.js';
import type { PlanRow } from './plan-row.js';
import { yearlyTable } from './yearly-table.js';

const spec = specFor(planDecider);
const row = (code: string, ...measures: PlanRow['measures']): PlanRow => ({
  code,
  nameNl: `n${code}`,
  nameEn: `e${code}`,
  measures,
  note: null,
});
const PLAN_2017 = [row('2.11', '2.11'), row('2.12', 'DP23'), row('2.13', 'DP24', 'DP25'), row('2.14', 'DP26')];
const setPlan = (rows: readonly PlanRow[], yearClosed = false) => ({ type: 'SetPlan' as const, data: { year: 2017, rows, yearClosed } });
const planSet = (rows: readonly PlanRow[]): BusinessPlanSet => ({ type: 'BusinessPlanSet', data: { year: 2017, rows } });

describe('business plan decider', () => {
  it('records the year plan, and nothing when the same plan is set again', () => {
    spec([])
      .when(setPlan(PLAN_2017))
      .then([planSet(PLAN_2017)]);
    spec([planSet(PLAN_2017)])
      .when(setPlan(PLAN_2017))
      .then([]);
    spec([planSet(PLAN_2017)])
      .when(setPlan(PLAN_2017.slice(1)))
      .then([planSet(PLAN_2017.slice(1))]);
  });

  it('refuses an empty plan, a code twice, a row without measure, a measure twice or unknown', () => {
    spec([]).when(setPlan([])).thenThrows('PLAN_EMPTY');
    spec([])
      .when(setPlan([row('2.12', 'DP23'), row('2.12', 'DP24')]))
      .thenThrows('PLAN_CODE_TWICE');
    spec([])
      .when(setPlan([row('2.12')]))
      .thenThrows('PLAN_ROW_WITHOUT_MEASURE');
    spec([])
      .when(setPlan([row('2.12', 'DP23'), row('2.13', 'DP23')]))
      .thenThrows('MEASURE_TWICE');
    spec([])
      .when(setPlan([row('2.12', 'DP99' as 'DP23')]))
      .thenThrows('UNKNOWN_MEASURE');
  });

  it('leaves a closed year plan alone', () => {
    spec([]).when(setPlan(PLAN_2017, true)).thenThrows('YEAR_CLOSED');
  });
});

describe('the yearly table under a plan', () => {
  it('has one row per measure with the plan code, and previous is the same measure a year earlier', () => {
    const rows = yearlyTable({
      current: { DP24: count(21), DP25: count(12), '2.11': count(11_100) },
      previous: { DP24: count(19), DP25: count(10), '2.11': count(10_700) },
      targets: { ...noTargets(), DP24: { noLessThanPrevious: true }, '2.11': { increaseOverPrevious: 3 } },
      plan: PLAN_2017,
      closed: false,
    });
    expect(rows.map((r) => [r.code, r.measure])).toEqual([
      ['2.11', '2.11'],
      ['2.12', 'DP23'],
      ['2.13', 'DP24'],
      ['2.13', 'DP25'],
      ['2.14', 'DP26'],
    ]);
    expect(rows[0]).toMatchObject({ nameNl: 'n2.11', previous: 10_700, target: 11_021, result: 11_100, met: true });
    expect(rows[2]).toMatchObject({ nameNl: 'n2.13: Gelanceerde uitbestedingen', previous: 19, target: 19, result: 21, met: true });
    expect(rows[3]).toMatchObject({ nameEn: 'e2.13: Organisations awarded', previous: 10, target: null, result: 12 });
  });

  it('gives a measure without a target key no target', () => {
    const rows = yearlyTable({
      current: {},
      previous: {},
      targets: noTargets(),
      plan: [row('X', 'DP24.notGranted', 'realisation')],
      closed: false,
    });
    expect(rows.map((r) => [r.unit, r.target, r.result])).toEqual([
      ['count', null, null],
      ['ratio', null, null],
    ]);
  });
});
