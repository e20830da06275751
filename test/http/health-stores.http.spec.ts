import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GET /health reports each store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('names the kind of the event store and the read store, that each answered, and how fast', async () => {
    const { body } = await t.http.get('/health').expect(200);
    expect(body.stores).toEqual({
      eventStore: { kind: 'sqlite', state: 'up', latencyMs: expect.any(Number), error: null },
      readStore: { kind: 'sqlite', state: 'up', latencyMs: expect.any(Number), error: null },
    });
    expect(body).toMatchObject({ status: 'ok', integrity: 'intact', log: expect.any(Object), projections: expect.any(Object) });
  });
});
