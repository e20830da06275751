import type { IndicatorYearClosed, IndicatorYearReopened } from '../src/indicators/domain/events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { indicatorYearsProjection } from './indicator-years.projection.js';

const closed = (year: number, closedOn: string): IndicatorYearClosed => ({ type: 'IndicatorYearClosed', data: { year, closedOn } });
const figures = { DP24: { value: 21, unit: 'count' as const }, DP26: { value: null, unit: 'ratio' as const, reason: 'no-data' as const } };
const reopened = (year: number): IndicatorYearReopened => ({
  type: 'IndicatorYearReopened',
  data: { year, reason: 'late delivery reports', reopenedOn: '2017-06-01' },
});

describe('indicator-years projection: given years closed, then the closed years', () => {
  it('records when a year was closed', () => {
    const documents = givenEvents(indicatorYearsProjection, [recordedAt('2017-05-10T08:00:00.000Z', closed(2016, '2017-05-10'))]);
    expect([...documents.keys()]).toEqual(['2016']);
    expect(documents.get('2016')).toEqual({ year: 2016, closedOn: '2017-05-10', closedAt: '2017-05-10T08:00:00.000Z' });
  });

  it('keeps the figures the close published', () => {
    const documents = givenEvents(indicatorYearsProjection, [
      recordedAt('2017-05-10T08:00:00.000Z', { type: 'IndicatorYearClosed', data: { year: 2016, closedOn: '2017-05-10', figures } }),
    ]);
    expect(documents.get('2016')).toMatchObject({ figures });
  });

  it('has no document for a year that was never closed', () => {
    const documents = givenEvents(indicatorYearsProjection, [closed(2016, '2017-05-10'), closed(2017, '2018-04-20')]);
    expect([...documents.keys()].sort()).toEqual(['2016', '2017']);
    expect(documents.has('2018')).toBe(false);
  });

  it('drops a reopened year until it is closed again, with the figures of the new close', () => {
    expect(givenEvents(indicatorYearsProjection, [closed(2016, '2017-05-10'), reopened(2016)]).has('2016')).toBe(false);
    const again = givenEvents(indicatorYearsProjection, [
      closed(2016, '2017-05-10'),
      reopened(2016),
      { type: 'IndicatorYearClosed', data: { year: 2016, closedOn: '2017-06-02', figures } },
    ]);
    expect(again.get('2016')).toMatchObject({ closedOn: '2017-06-02', figures });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(indicatorYearsProjection)).toEqual([]);
  });
});
