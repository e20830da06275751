import { outsourcingsProjection } from '../../../projections/outsourcings.projection.js';
import { specFor } from '../../../test/support/given-when-then.js';
import { callIndicators, granted, launched, project, stored } from '../../../test/support/indicator-fixtures.js';
import { outsourcingDecider } from '../../outsourcing/domain/decide-outsourcing.js';
import type { OutsourcingEvent } from '../../outsourcing/domain/events.js';
import { parseDayOrTimestamp } from '../../shared/domain/calendar.js';
import type { IndicatorYearClosed, IndicatorYearReopened } from './events.js';
import type { IndicatorValues } from './indicator.js';
import { indicatorYearDecider } from './indicator-year.js';
import { noTargets } from './indicator-catalogue.js';
import { targetsDecider } from './targets.js';
import { revisions, yearlyTable } from './yearly-table.js';

const HOLDER = '0123.456.749';
const year = specFor(indicatorYearDecider);
const figures = (dp23: number): IndicatorValues => ({ DP23: { value: dp23, unit: 'EUR-cents' } });
const close = (closedOn: string, dp23: number) => ({
  type: 'CloseIndicatorYear' as const,
  data: { year: 2016, closedOn, figures: figures(dp23) },
});
const reopen = (reason = 'a late amendment must count') => ({
  type: 'ReopenIndicatorYear' as const,
  data: { year: 2016, reason, reopenedOn: '2017-02-03' },
});
const closed = (closedOn: string, dp23: number): IndicatorYearClosed => ({
  type: 'IndicatorYearClosed',
  data: { year: 2016, closedOn, figures: figures(dp23) },
});
const reopened: IndicatorYearReopened = {
  type: 'IndicatorYearReopened',
  data: { year: 2016, reason: 'a late amendment must count', reopenedOn: '2017-02-03' },
};

describe('closing, reopening and closing a year again', () => {
  it('reopens a closed year, with a reason', () => {
    year([closed('2017-02-01', 50_000_00)])
      .when(reopen())
      .then([reopened]);
    year([closed('2017-02-01', 50_000_00)])
      .when(reopen('  '))
      .thenThrows('REASON_REQUIRED', 'reason');
  });

  it('reopens only a closed year (YEAR_NOT_CLOSED)', () => {
    year([]).when(reopen()).thenThrows('YEAR_NOT_CLOSED');
    year([closed('2017-02-01', 50_000_00), reopened])
      .when(reopen())
      .thenThrows('YEAR_NOT_CLOSED');
  });

  it('closes a reopened year again with the figures known then', () => {
    year([closed('2017-02-01', 50_000_00), reopened])
      .when(close('2017-02-04', 45_000_00))
      .then([closed('2017-02-04', 45_000_00)]);
  });

  it('closes a year once until it is reopened (YEAR_ALREADY_CLOSED)', () => {
    year([closed('2017-02-01', 50_000_00)])
      .when(close('2017-02-02', 50_000_00))
      .thenThrows('YEAR_ALREADY_CLOSED');
    year([closed('2017-02-01', 50_000_00), reopened, closed('2017-02-04', 45_000_00)])
      .when(close('2017-02-05', 45_000_00))
      .thenThrows('YEAR_ALREADY_CLOSED');
  });
});

describe('targets of a closed year', () => {
  const targets = specFor(targetsDecider);
  const set = (yearClosed: boolean) => ({ type: 'SetTargets' as const, data: { year: 2016, targets: { DP24: 3 }, yearClosed } });

  it('are refused once the year is closed (YEAR_CLOSED), accepted while it is open', () => {
    targets([]).when(set(true)).thenThrows('YEAR_CLOSED', 'year');
    targets([])
      .when(set(false))
      .then([{ type: 'TargetsSet', data: { year: 2016, targets: { ...noTargets(), DP24: 3 } } }]);
  });
});

/** The call-side figures of a year, given outsourcing events: the projection folded, then computed. */
const indicatorsOf = (events: readonly OutsourcingEvent[], of: number) =>
  callIndicators(
    project(
      outsourcingsProjection,
      events.map((e) => stored(e)),
    ),
    of,
  );

describe("an amendment of a closed year's award shows as a revision", () => {
  const call = launched('a');
  const grant = granted('a', 'a1', HOLDER, 50_000_00, '2016-10-01');
  const amend = {
    type: 'AmendAward' as const,
    data: {
      outsourcingId: 'a',
      awardId: 'a1',
      amountCents: 45_000_00,
      reason: 'fewer workshops',
      amendedOn: '2017-02-02',
      today: '2017-02-02',
    },
  };

  it('is accepted by the call, leaves the published result, and is shown beside it', () => {
    const published = indicatorsOf([call, grant], 2016);
    const events = specFor(outsourcingDecider)([call, grant]).when(amend).events();
    const now = indicatorsOf([call, grant, ...events], 2016);
    const table = yearlyTable({ current: now, previous: {}, targets: null, closed: true, published });
    expect(table.find((row) => row.code === 'DP23')).toMatchObject({ result: 50_000_00, revised: 45_000_00, provisional: false });
    expect(table.find((row) => row.code === 'DP24')).toMatchObject({ result: 1, revised: null });
    expect(revisions(published, now)).toEqual({ DP23: 45_000_00 });
  });

  it('is the published result once the year is reopened and closed again', () => {
    const events = specFor(outsourcingDecider)([call, grant]).when(amend).events();
    const now = indicatorsOf([call, grant, ...events], 2016);
    const table = yearlyTable({ current: now, previous: {}, targets: null, closed: true, published: now });
    expect(table.find((row) => row.code === 'DP23')).toMatchObject({ result: 45_000_00, revised: null });
  });
});

describe('a timestamp award of 31 December 23:30 UTC', () => {
  it('counts in DP23 of the next year, on its Brussels day', () => {
    const { day, at } = parseDayOrTimestamp('2016-12-31T23:30:00Z')!;
    const events = [launched('a'), granted('a', 'a1', HOLDER, 40_000_00, day, { awardedAt: at! })];
    expect(indicatorsOf(events, 2017).DP23.value).toBe(40_000_00);
    expect(indicatorsOf(events, 2016).DP23.value).toBe(0);
  });
});
