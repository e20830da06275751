import { specFor } from '../../../test/support/given-when-then.js';
import type { TargetsSet } from './events.js';
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
