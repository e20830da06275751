import { asOfPipeline, checkpointUpdate, documentKey, documentQuery, documentWrites, historyVersions } from './read-store-queries.js';

const change = (id: string, doc: unknown) => ({ id, doc, position: 7, recordedAt: '2016-03-01T10:00:00.000Z' });

describe('MongoDB read store: query and update documents', () => {
  it('keys a document by its collection and id without ambiguity', () => {
    expect(documentKey('a@v1', 'b/c')).toBe('["a@v1","b/c"]');
    expect(documentKey('a@v1/b', 'c')).not.toBe(documentKey('a@v1', 'b/c'));
  });

  it('turns a route filter into equality on the document fields, null kept (it also matches an absent field)', () => {
    expect(documentQuery('delivery-participants@v3', { trainingYear: 2016, removed: null })).toEqual({
      c: 'delivery-participants@v3',
      'doc.trainingYear': 2016,
      'doc.removed': null,
    });
    expect(documentQuery('outsourcings@v2')).toEqual({ c: 'outsourcings@v2' });
  });

  it('refuses a filter field that would be an operator or a path', () => {
    expect(() => documentQuery('c', { $where: 'x' })).toThrow(/unsupported filter field \$where/);
    expect(() => documentQuery('c', { 'a.b': 1 })).toThrow(/a\.b/);
  });

  it('maps changes to upserts and deletes in order, and versions numbered by commit and place', () => {
    const changes = [change('a', { n: 1 }), change('b', null)];
    expect(documentWrites('p@v1', changes)).toEqual([
      {
        replaceOne: {
          filter: { _id: '["p@v1","a"]' },
          replacement: { _id: '["p@v1","a"]', c: 'p@v1', id: 'a', doc: { n: 1 } },
          upsert: true,
        },
      },
      { deleteOne: { filter: { _id: '["p@v1","b"]' } } },
    ]);
    expect(historyVersions('p@v1', changes, 4)).toEqual([
      { c: 'p@v1', id: 'a', recordedAt: '2016-03-01T10:00:00.000Z', batch: 4, ordinal: 0, doc: { n: 1 } },
      { c: 'p@v1', id: 'b', recordedAt: '2016-03-01T10:00:00.000Z', batch: 4, ordinal: 1, doc: null },
    ]);
    expect(checkpointUpdate('12-11')).toEqual({ $set: { position: '12-11' }, $inc: { commits: 1 } });
  });

  it('reads "as of" as the last version per document up to the moment, then the filter, deleted ones left out', () => {
    expect(asOfPipeline('indicator-years@v5', '2016-10-01T00:00:00.000Z', { year: 2016 })).toEqual([
      { $match: { c: 'indicator-years@v5', recordedAt: { $lte: '2016-10-01T00:00:00.000Z' } } },
      { $sort: { id: 1, batch: -1, ordinal: -1 } },
      { $group: { _id: '$id', doc: { $first: '$doc' } } },
      { $match: { doc: { $ne: null }, 'doc.year': 2016 } },
      { $sort: { _id: 1 } },
    ]);
  });
});
