import { indicatorYearsProjection } from './indicator-years.projection.js';
import type { StoredEvent } from '../src/shared/event-store/event-store.port.js';
import { noTargets } from '../src/indicators/domain/indicator-catalogue.js';
import { targetsProjection } from './targets.projection.js';

const storedEvent = (type: string, data: Record<string, unknown>, recordedAt: string, position: number): StoredEvent => ({
  id: `e${position}`,
  type,
  schemaVersion: 1,
  data,
  stream: `s-${String(data.year)}`,
  revision: 0,
  position,
  recordedAt,
  metadata: { actor: 'management-user', role: 'management', correlationId: 'c', causationId: 'c' },
});

describe('targets and indicator-years projections', () => {
  it('keeps the last set of targets per year', () => {
    const first = storedEvent('TargetsSet', { year: 2016, targets: { ...noTargets(), DP23: 1 } }, '2016-01-10T10:00:00.000Z', 1);
    const second = storedEvent('TargetsSet', { year: 2016, targets: { ...noTargets(), DP24: 20 } }, '2016-02-10T10:00:00.000Z', 2);
    expect(targetsProjection.documentIds(first)).toEqual(['2016']);
    const document = targetsProjection.evolve(targetsProjection.evolve(null, first), second);
    expect(document).toEqual({ year: 2016, targets: { ...noTargets(), DP24: 20 }, updatedAt: '2016-02-10T10:00:00.000Z' });
  });

  it('records when a year was closed', () => {
    const closed = storedEvent('IndicatorYearClosed', { year: 2016, closedOn: '2017-05-10' }, '2017-05-10T08:00:00.000Z', 3);
    expect(indicatorYearsProjection.documentIds(closed)).toEqual(['2016']);
    expect(indicatorYearsProjection.evolve(null, closed)).toEqual({
      year: 2016,
      closedOn: '2017-05-10',
      closedAt: '2017-05-10T08:00:00.000Z',
    });
  });
});
