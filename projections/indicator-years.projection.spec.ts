import type { IndicatorYearClosed } from '../src/indicators/domain/events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { indicatorYearsProjection } from './indicator-years.projection.js';

const closed = (year: number, closedOn: string): IndicatorYearClosed => ({ type: 'IndicatorYearClosed', data: { year, closedOn } });

describe('indicator-years projection: given years closed, then the closed years', () => {
  it('records when a year was closed', () => {
    const documents = givenEvents(indicatorYearsProjection, [recordedAt('2017-05-10T08:00:00.000Z', closed(2016, '2017-05-10'))]);
    expect([...documents.keys()]).toEqual(['2016']);
    expect(documents.get('2016')).toEqual({ year: 2016, closedOn: '2017-05-10', closedAt: '2017-05-10T08:00:00.000Z' });
  });

  it('has no document for a year that was never closed', () => {
    const documents = givenEvents(indicatorYearsProjection, [closed(2016, '2017-05-10'), closed(2017, '2018-04-20')]);
    expect([...documents.keys()].sort()).toEqual(['2016', '2017']);
    expect(documents.has('2018')).toBe(false);
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(indicatorYearsProjection)).toEqual([]);
  });
});
