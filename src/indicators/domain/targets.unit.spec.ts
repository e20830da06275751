import { specFor } from '../../../test/support/given-when-then.js';
import { eventSchemas, upcastData } from '../../shared/domain/event-schema.js';
import { indicatorYearSchemaVersions, type TargetsSet, targetsSchemaVersions } from './events.js';
import { indicatorUpcasters } from './upcasters.js';
import { noTargets } from './indicator-catalogue.js';
import { targetsDecider } from './targets.js';

const spec = specFor(targetsDecider);
const set = (targets: object) => ({ type: 'SetTargets' as const, data: { year: 2016, targets } });
const targetsSet = (targets: object): TargetsSet => ({ type: 'TargetsSet', data: { year: 2016, targets: { ...noTargets(), ...targets } } });

describe('targets decider', () => {
  it('records every code of the table, null where management set none', () => {
    const [event] = spec([])
      .when(set({ DP23: 1_400_000_00, DP26: 0.8 }))
      .events();
    expect(event.data.targets).toEqual({ ...noTargets(), DP23: 1_400_000_00, DP26: 0.8 });
    expect(Object.keys(event.data.targets)).toHaveLength(10);
  });

  it('replaces the whole set: a code left out loses its target', () => {
    spec([targetsSet({ DP23: 1_400_000_00, DP24: 20 })])
      .when(set({ DP23: 1_500_000_00 }))
      .then([targetsSet({ DP23: 1_500_000_00 })]);
  });

  it('records nothing when the set does not change', () => {
    spec([targetsSet({ DP24: 20 })])
      .when(set({ DP24: 20, DP25: null }))
      .then([]);
  });

  it('records an empty set the first time, so that "no targets" is a decision in the history', () => {
    spec([])
      .when(set({}))
      .then([targetsSet({})]);
  });

  it('keeps targets in the unit of their indicator', () => {
    spec([])
      .when(set({ DP26: 80 }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ 'share.budget': -0.1 }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ DP23: 1_400_000.5 }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ DP24: -1 }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ DP26: 1, 'share.count': 0 }))
      .then([targetsSet({ DP26: 1, 'share.count': 0 })]);
  });
});

describe('targets decider: targets as the plan words them', () => {
  it('records every wording as given', () => {
    const wordings = {
      DP23: { atLeast: 1_500_000_00 },
      DP24: { noLessThanPrevious: true },
      DP25: { atMost: 40 },
      DP26: { between: [0.8, 0.85] },
      '2.11': { increaseOverPrevious: 3 },
      DP5: 2,
    };
    spec([])
      .when(set(wordings))
      .then([targetsSet(wordings)]);
  });

  it('records nothing when the same target is worded again: 20 and { atLeast: 20 } are one decision', () => {
    spec([targetsSet({ DP24: 20 })])
      .when(set({ DP24: { atLeast: 20 } }))
      .then([]);
  });

  it('keeps every bound in the unit, a range in order and a rise above -100 %', () => {
    spec([])
      .when(set({ DP26: { atLeast: 85 } }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ DP24: { atMost: 2.5 } }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ DP26: { between: [0.8, 85] } }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ DP26: { between: [0.85, 0.8] } }))
      .thenThrows('TARGET_RANGE_REVERSED');
    spec([])
      .when(set({ '2.11': { increaseOverPrevious: -100 } }))
      .thenThrows('TARGET_OUT_OF_RANGE');
    spec([])
      .when(set({ '2.11': { increaseOverPrevious: -2.5 } }))
      .then([targetsSet({ '2.11': { increaseOverPrevious: -2.5 } })]);
  });
});

describe('TargetsSet recorded as v1', () => {
  const schemas = eventSchemas({ versions: { ...targetsSchemaVersions, ...indicatorYearSchemaVersions }, upcasters: indicatorUpcasters });

  it('reads its bare numbers unchanged, and they still mean "at least"', () => {
    const v1 = { year: 2016, targets: { ...noTargets(), DP24: 20 } };
    expect(upcastData(schemas, 'TargetsSet', 1, v1)).toEqual({ version: 2, data: v1 });
    spec([{ type: 'TargetsSet', data: v1 }])
      .when(set({ DP24: { atLeast: 20 } }))
      .then([]);
  });
});
