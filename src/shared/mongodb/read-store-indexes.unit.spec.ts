import { READ_STORE_INDEXES } from './read-store-indexes.js';
import { asOfPipeline, documentQuery, ONE_AS_OF_ORDER } from './read-store-queries.js';

/** Whether an index serves a query on these equality fields: they are a prefix of its key, in any order. */
const serves = (key: Readonly<Record<string, number>>, fields: readonly string[]) =>
  Object.keys(key)
    .slice(0, fields.length)
    .every((k) => fields.includes(k));

describe('MongoDB read store indexes', () => {
  it('has unique names per collection', () => {
    const names = READ_STORE_INDEXES.map((i) => `${i.collection}.${i.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    [{ awardId: 'a' }],
    [{ outsourcingId: 'o' }],
    [{ year: 2016 }],
    [{ year: 2016, product: 'tender', status: 'open' }],
    [{ product: 'open-offer', round: 1, variant: 'A' }],
    [{ trainingYear: 2016, removed: null }],
    [{ removed: null }],
  ])('serves the route filter %j from an index led by the collection', (filter) => {
    const fields = Object.keys(documentQuery('p@v1', filter));
    expect(READ_STORE_INDEXES.some((i) => i.collection === 'documents' && serves(i.key, fields))).toBe(true);
  });

  it('serves the as-of sort from the history index', () => {
    const sort = Object.keys((asOfPipeline('p@v1', '2016-01-01', {})[1] as { $sort: object }).$sort);
    const history = READ_STORE_INDEXES.find((i) => i.collection === 'document_history')!;
    expect(Object.keys(history.key).slice(0, sort.length + 1)).toEqual(['c', ...sort]);
  });

  it("serves one document's as-of lookup (running totals) from an index in its sort order", () => {
    const lookup = READ_STORE_INDEXES.find((i) => i.name === 'one_as_of')!;
    expect(lookup.key).toEqual({ c: 1, id: 1, ...ONE_AS_OF_ORDER });
  });
});
