import { HOLDERS } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface AuditedEvent {
  readonly type: string;
  readonly metadata: { readonly correlationId: string; readonly causationId: string };
}

/** The headers of a write (If-Match, X-Correlation-Id) are read at the HTTP edge, and checked there. */
describe('write headers over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const grant = (headers: Record<string, string> = {}) =>
    t.http.post('/mandate-holders').set('authorization', t.auth('adviser')).set(headers).send(HOLDERS.syntra);

  const history = async (): Promise<AuditedEvent[]> =>
    (await t.http.get('/audit/events').set('authorization', t.auth('inspector')).expect(200)).body.items as AuditedEvent[];

  it("keeps a client's correlation id that is a short token in the event's metadata", async () => {
    await grant({ 'x-correlation-id': 'batch-2016.06:run_7' }).expect(201);
    const [event] = await history();
    expect(event.metadata.correlationId).toBe('batch-2016.06:run_7');
    expect(event.metadata.causationId).not.toBe('batch-2016.06:run_7');
  });

  it.each([
    ['a sentence', 'please look at <script>'],
    ['too long a token', 'x'.repeat(101)],
    ['an empty header', ''],
  ])('puts the request id in place of %s as correlation id', async (_, value) => {
    await grant({ 'x-correlation-id': value }).expect(201);
    const [event] = await history();
    expect(event.metadata.correlationId).not.toBe(value);
    expect(event.metadata.correlationId).toBe(event.metadata.causationId);
  });

  it('uses the request id as correlation id when the client sends none', async () => {
    await grant().expect(201);
    const [event] = await history();
    expect(event.metadata.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.metadata.correlationId).toBe(event.metadata.causationId);
  });

  it('refuses an If-Match that is not an ETag of this service with 400 naming the header, and appends nothing', async () => {
    await grant().expect(201);
    const refused = await t.http
      .post(`/mandate-holders/${HOLDERS.syntra.enterpriseNumber}/suspend`)
      .set('authorization', t.auth('adviser'))
      .set('if-match', 'yesterday')
      .send({ reason: 'late reports', effectiveOn: '2016-06-15' })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'If-Match' }] });
    expect((await history()).map((e) => e.type)).toEqual(['MandateGranted']);
  });

  it('answers a stale If-Match with 412 STALE_REVISION naming both revisions, and a current one with the new ETag', async () => {
    await grant().expect(201);
    const suspend = (ifMatch: string) =>
      t.http
        .post(`/mandate-holders/${HOLDERS.syntra.enterpriseNumber}/suspend`)
        .set('authorization', t.auth('adviser'))
        .set('if-match', ifMatch)
        .send({ reason: 'late reports', effectiveOn: '2016-06-15' });
    const stale = await suspend('"3"').expect(412);
    expect(stale.body).toMatchObject({ status: 412, code: 'STALE_REVISION', detail: expect.stringContaining('revision 3') });
    expect(stale.body.detail).toContain('revision 0');
    const current = await suspend('W/"0"').expect(200);
    expect(current.headers.etag).toBe('"1"');
  });
});
