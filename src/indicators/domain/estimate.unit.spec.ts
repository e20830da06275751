import { specFor } from '../../../test/support/given-when-then.js';
import { estimatesDecider, estimateShown, type RecordEstimate, type WithdrawEstimate } from './estimate.js';
import type { EstimateRecorded, EstimateWithdrawn } from './events.js';
import type { MeasureId } from './indicator-catalogue.js';
import { count } from './indicator.js';
import { noTargets } from './indicator-catalogue.js';
import { yearlyTable } from './yearly-table.js';

const spec = specFor(estimatesDecider);
const NOTE = 'de cijfers van 2016 zijn er vanaf het tweede kwartaal van 2017';
const record = (measure: MeasureId, value: number, note: string | null = NOTE, yearClosed = false): RecordEstimate => ({
  type: 'RecordEstimate',
  data: { year: 2017, measure, value, note, yearClosed },
});
const recorded = (measure: MeasureId, value: number, note: string | null = NOTE): EstimateRecorded => ({
  type: 'EstimateRecorded',
  data: { year: 2017, measure, value, note },
});
const REASON = 'the 2016 figures are in';
const withdraw = (measure: MeasureId, yearClosed = false): WithdrawEstimate => ({
  type: 'WithdrawEstimate',
  data: { year: 2017, measure, reason: REASON, yearClosed },
});
const withdrawn = (measure: MeasureId): EstimateWithdrawn => ({ type: 'EstimateWithdrawn', data: { year: 2017, measure, reason: REASON } });

describe('estimates decider', () => {
  it('records an estimate, a changed one again, and nothing for the same estimate', () => {
    spec([])
      .when(record('2.11', 11_000))
      .then([recorded('2.11', 11_000)]);
    spec([recorded('2.11', 11_000)])
      .when(record('2.11', 11_000))
      .then([]);
    spec([recorded('2.11', 11_000)])
      .when(record('2.11', 11_000, null))
      .then([recorded('2.11', 11_000, null)]);
    spec([recorded('2.11', 11_000)])
      .when(record('DP23', 150_000_000))
      .then([recorded('DP23', 150_000_000)]);
  });

  it("refuses an unknown measure and a value outside the measure's unit", () => {
    spec([])
      .when(record('DP99' as MeasureId, 1))
      .thenThrows('UNKNOWN_MEASURE');
    for (const [measure, value] of [
      ['2.11', -1],
      ['2.11', 10.5],
      ['DP23', Number.POSITIVE_INFINITY],
      ['DP26', 1.2],
      ['DP26', Number.NaN],
    ] as const)
      spec([]).when(record(measure, value)).thenThrows('ESTIMATE_OUT_OF_RANGE');
  });

  it('leaves a closed year alone', () => {
    spec([])
      .when(record('2.11', 11_000, NOTE, true))
      .thenThrows('YEAR_CLOSED');
    spec([recorded('2.11', 11_000)])
      .when(withdraw('2.11', true))
      .thenThrows('YEAR_CLOSED');
  });

  it('withdraws a standing estimate, with its reason, and only that one', () => {
    spec([recorded('2.11', 11_000), recorded('DP23', 150_000_000)])
      .when(withdraw('2.11'))
      .then([withdrawn('2.11')]);
    spec([recorded('2.11', 11_000), withdrawn('2.11')])
      .when(withdraw('2.11'))
      .thenThrows('ESTIMATE_NOT_FOUND');
    spec([recorded('DP23', 150_000_000)])
      .when(withdraw('2.11'))
      .thenThrows('ESTIMATE_NOT_FOUND');
    spec([])
      .when(withdraw('DP99' as MeasureId))
      .thenThrows('UNKNOWN_MEASURE');
  });

  it('records the same estimate again once it was withdrawn, and a new one replaces the earlier', () => {
    spec([recorded('2.11', 11_000), withdrawn('2.11')])
      .when(record('2.11', 11_000))
      .then([recorded('2.11', 11_000)]);
    spec([recorded('2.11', 10_000), recorded('2.11', 11_000)])
      .when(record('2.11', 10_000))
      .then([recorded('2.11', 10_000)]);
  });
});

describe('an estimate on the yearly table', () => {
  const estimate = { value: 11_000, note: NOTE };
  it('is shown while provisional and the result is below it or not available', () => {
    expect(estimateShown(estimate, null, false)).toEqual(estimate);
    expect(estimateShown(estimate, 10_999, false)).toEqual(estimate);
    expect(estimateShown(estimate, 11_000, false)).toBeNull();
    expect(estimateShown(estimate, null, true)).toBeNull();
    expect(estimateShown(undefined, null, false)).toBeNull();
  });

  it('lands on the row of its measure', () => {
    const table = (closed: boolean) =>
      yearlyTable({
        current: { '2.11': count(4_000), DP24: count(21) },
        previous: {},
        targets: noTargets(),
        closed,
        estimates: { '2.11': estimate, DP24: { value: 20, note: null } },
      });
    const open = table(false);
    expect(open.find((r) => r.measure === '2.11')?.estimate).toEqual(estimate);
    expect(open.find((r) => r.measure === 'DP24')?.estimate).toBeNull();
    expect(table(true).every((r) => r.estimate === null)).toBe(true);
  });
});
