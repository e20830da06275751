import type { TargetsSet } from '../src/indicators/domain/events.js';
import { noTargets, type Targets } from '../src/indicators/domain/indicator-catalogue.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { targetsProjection } from './targets.projection.js';

const set = (year: number, targets: Partial<Targets>): TargetsSet => ({
  type: 'TargetsSet',
  data: { year, targets: { ...noTargets(), ...targets } },
});

describe('targets projection: given targets set, then the targets of each year', () => {
  it('keeps the last set of targets per year', () => {
    const documents = givenEvents(targetsProjection, [
      recordedAt('2016-01-10T10:00:00.000Z', set(2016, { DP23: 1 })),
      recordedAt('2016-02-10T10:00:00.000Z', set(2016, { DP24: 20 })),
    ]);
    expect([...documents.keys()]).toEqual(['2016']);
    expect(documents.get('2016')).toEqual({ year: 2016, targets: { ...noTargets(), DP24: 20 }, updatedAt: '2016-02-10T10:00:00.000Z' });
  });

  it('keeps each year to its own document', () => {
    const documents = givenEvents(targetsProjection, [set(2016, { DP23: 500_000_00 }), set(2017, { DP23: 600_000_00 })]);
    expect(documents.get('2016')?.targets.DP23).toBe(500_000_00);
    expect(documents.get('2017')?.targets.DP23).toBe(600_000_00);
  });

  it('keeps every target kind as the plan words it, and a bare number as it was set', () => {
    const worded = {
      '2.11': { increaseOverPrevious: 3 },
      DP23: { atLeast: 1_500_000_00 },
      DP24: { noLessThanPrevious: true as const },
      DP25: { atMost: 30 },
      DP26: { between: [0.8, 0.85] as const },
      DP5: 4,
    };
    const documents = givenEvents(targetsProjection, [set(2017, worded)]);
    expect(documents.get('2017')?.targets).toEqual({ ...noTargets(), ...worded });
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(targetsProjection)).toEqual([]);
  });
});
