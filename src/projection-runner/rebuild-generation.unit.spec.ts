import type { Projection } from '../../projections/projection.js';
import { builderOf, generationCollection, generationKey } from './rebuild-generation.js';

const projection: Projection<{ n: number }> = {
  name: 'outsourcings',
  version: 3,
  handles: ['OutsourcingLaunched'],
  documentIds: () => ['a'],
  evolve: (document) => ({ n: (document?.n ?? 0) + 1 }),
};

describe('rebuild generations', () => {
  it('keeps generation 0 named as a code version always was, and names each later one apart', () => {
    expect(generationCollection('outsourcings', 3, 0)).toBe('outsourcings@v3');
    expect(generationCollection('outsourcings', 3, 1)).toBe('outsourcings#g1@v3');
    expect(generationCollection('outsourcings', 3, 2)).not.toBe(generationCollection('outsourcings', 3, 1));
    expect(generationKey('outsourcings')).toBe('outsourcings#generation');
  });

  it('builds a generation with the same events and evolve under the name its collection and lease derive from', () => {
    const builder = builderOf(projection, 2);
    expect(builder.name).toBe('outsourcings#g2');
    expect(builder.version).toBe(3);
    expect(builder.handles).toEqual(projection.handles);
    const event = { type: 'OutsourcingLaunched', data: {}, recordedAt: '2016-01-01T00:00:00.000Z' };
    expect(builder.documentIds(event)).toEqual(['a']);
    expect(builder.evolve({ n: 1 }, event)).toEqual({ n: 2 });
  });
});
