import type { EstimateRecorded, EstimateWithdrawn } from '../src/indicators/domain/events.js';
import type { MeasureId } from '../src/indicators/domain/indicator-catalogue.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { estimatesProjection } from './estimates.projection.js';

const recorded = (year: number, measure: MeasureId, value: number, note: string | null = null): EstimateRecorded => ({
  type: 'EstimateRecorded',
  data: { year, measure, value, note },
});
const withdrawn = (year: number, measure: MeasureId): EstimateWithdrawn => ({
  type: 'EstimateWithdrawn',
  data: { year, measure, reason: 'the figure is in' },
});

describe('estimates projection: given estimates recorded, then the estimates of each year', () => {
  it('keeps the last estimate per measure, each year to its own document', () => {
    const documents = givenEvents(estimatesProjection, [
      recordedAt('2017-01-10T10:00:00.000Z', recorded(2017, '2.11', 10_500)),
      recordedAt('2017-02-10T10:00:00.000Z', recorded(2017, 'DP23', 150_000_000)),
      recordedAt('2017-03-10T10:00:00.000Z', recorded(2017, '2.11', 11_000, 'figures from Q2')),
      recordedAt('2016-03-10T10:00:00.000Z', recorded(2016, '2.11', 9_000)),
    ]);
    expect(documents.get('2017')).toEqual({
      year: 2017,
      estimates: { '2.11': { value: 11_000, note: 'figures from Q2' }, DP23: { value: 150_000_000, note: null } },
      updatedAt: '2017-03-10T10:00:00.000Z',
    });
    expect(documents.get('2016')?.estimates).toEqual({ '2.11': { value: 9_000, note: null } });
  });

  it('drops a withdrawn estimate from its year, keeps the others, and takes a later one again', () => {
    const documents = givenEvents(estimatesProjection, [
      recordedAt('2017-01-10T10:00:00.000Z', recorded(2017, '2.11', 10_500)),
      recordedAt('2017-02-10T10:00:00.000Z', recorded(2017, 'DP23', 150_000_000)),
      recordedAt('2016-03-10T10:00:00.000Z', recorded(2016, '2.11', 9_000)),
      recordedAt('2017-03-10T10:00:00.000Z', withdrawn(2017, '2.11')),
    ]);
    expect(documents.get('2017')).toEqual({
      year: 2017,
      estimates: { DP23: { value: 150_000_000, note: null } },
      updatedAt: '2017-03-10T10:00:00.000Z',
    });
    expect(documents.get('2016')?.estimates).toEqual({ '2.11': { value: 9_000, note: null } });
    const again = givenEvents(estimatesProjection, [
      recordedAt('2017-01-10T10:00:00.000Z', recorded(2017, '2.11', 10_500)),
      recordedAt('2017-03-10T10:00:00.000Z', withdrawn(2017, '2.11')),
      recordedAt('2017-04-10T10:00:00.000Z', recorded(2017, '2.11', 11_000)),
    ]);
    expect(again.get('2017')?.estimates).toEqual({ '2.11': { value: 11_000, note: null } });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(estimatesProjection)).toEqual([]);
  });
});
