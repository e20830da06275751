import type { IndicatorYearClosed, IndicatorYearReopened } from '../src/indicators/domain/events.js';
import { count } from '../src/indicators/domain/indicator.js';
import { noTargets } from '../src/indicators/domain/indicator-catalogue.js';
import { revisions, yearlyTable } from '../src/indicators/domain/yearly-table.js';
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

  it('carries a +3 % target for the next year on the figures the close published, whatever was corrected after it', () => {
    const published = { '2.11': count(10_700) };
    const [document] = givenEvents(indicatorYearsProjection, [
      recordedAt('2017-02-01T10:00:00.000Z', {
        type: 'IndicatorYearClosed',
        data: { year: 2016, closedOn: '2017-02-01', figures: published },
      }),
    ]).values();
    // 2016 as the log gives it after the close: 300 late participants, shown beside the published figure.
    const corrected2016 = { '2.11': count(11_000) };
    expect(revisions(document.figures!, corrected2016)).toEqual({ '2.11': 11_000 });
    const [row] = yearlyTable({
      current: { '2.11': count(11_100) },
      previous: document.figures!,
      targets: { ...noTargets(), '2.11': { increaseOverPrevious: 3 } },
      plan: [{ code: '2.11', nameNl: 'Deelnemers', nameEn: 'Participants', measures: ['2.11'], note: null }],
      closed: false,
    });
    // 10 700 × 1.03 = 11 021, met by 11 100; on the correction it would be 11 330, not met.
    expect(row).toMatchObject({ previous: 10_700, target: 11_021, met: true, targetText: '+3 %' });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(indicatorYearsProjection)).toEqual([]);
  });
});
