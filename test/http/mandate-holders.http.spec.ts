import { startTestApp, type TestApp } from '../support/test-app.js';

const holder = {
  enterpriseNumber: '0123456749',
  name: 'Syntra Test',
  email: 'info@syntra.test',
  basis: 'quality-label',
  qualityLabel: 'WSE-kwaliteitsattest',
  grantedOn: '2016-01-04',
};

describe('mandate holders over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const grant = (body: object = holder, role: Parameters<TestApp['auth']>[0] = 'adviser') =>
    t.http.post('/mandate-holders').set('authorization', t.auth(role)).send(body);

  it('grants a mandate, normalises the number and reads it back after the write', async () => {
    const created = await grant().expect(201);
    expect(created.headers.etag).toBe('"0"');
    expect(created.body).toMatchObject({ enterpriseNumber: '0123.456.749', revision: 0 });
    const read = await t.http
      .get(`/mandate-holders/0123.456.749?consistentWith=${created.body.position}`)
      .set('authorization', t.auth('inspector'))
      .expect(200);
    expect(read.body).toMatchObject({
      name: 'Syntra Test',
      status: 'active',
      statusToday: 'active',
      activeToday: true,
      grantedOn: '2016-01-04',
    });
  });

  it('lists every failing field and appends nothing on invalid input', async () => {
    const response = await grant({
      enterpriseNumber: '0123.456.748',
      name: '',
      email: 'nope',
      basis: 'quality-label',
      grantedOn: '2016-02-30',
    }).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'email',
      'enterpriseNumber',
      'grantedOn',
      'name',
      'qualityLabel',
    ]);
    const health = await t.http.get('/health').expect(200);
    expect(health.body.log.head).toBeNull();
  });

  it('refuses a second grant with 409 and a stable code', async () => {
    await grant().expect(201);
    const again = await grant().expect(409);
    expect(again.body).toMatchObject({ status: 409, code: 'MANDATE_ALREADY_GRANTED' });
  });

  it('suspends, reinstates and revokes along the timeline', async () => {
    await grant().expect(201);
    const auth = t.auth('adviser');
    await t.http
      .post('/mandate-holders/0123.456.749/suspend')
      .set('authorization', auth)
      .send({ reason: 'no reports', effectiveOn: '2016-03-01' })
      .expect(200);
    await t.http
      .post('/mandate-holders/0123.456.749/reinstate')
      .set('authorization', auth)
      .send({ reason: 'reports in', effectiveOn: '2016-04-01' })
      .expect(200);
    const revoked = await t.http
      .post('/mandate-holders/0123.456.749/revoke')
      .set('authorization', auth)
      .send({ reason: 'quality label lost' })
      .expect(200);
    expect(revoked.headers.etag).toBe('"3"');
    const read = await t.http
      .get(`/mandate-holders/0123456749?consistentWith=${revoked.body.position}`)
      .set('authorization', auth)
      .expect(200);
    expect(read.body.timeline.map((p: { status: string; from: string }) => `${p.from} ${p.status}`)).toEqual([
      '2016-01-04 active',
      '2016-03-01 suspended',
      '2016-04-01 active',
      '2016-06-15 revoked',
    ]);
    const list = await t.http.get('/mandate-holders?status=revoked').set('authorization', t.auth('management')).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('answers 404 for a holder that does not exist, on read and on write', async () => {
    await t.http.get('/mandate-holders/0123.456.749').set('authorization', t.auth('adviser')).expect(404);
    const write = await t.http
      .post('/mandate-holders/0123.456.749/suspend')
      .set('authorization', t.auth('adviser'))
      .send({ reason: 'x' })
      .expect(404);
    expect(write.body.code).toBe('MANDATE_NOT_GRANTED');
  });

  it('refuses writes without a token, with a bad token, and from other roles', async () => {
    await t.http.post('/mandate-holders').send(holder).expect(401);
    await t.http.post('/mandate-holders').set('authorization', 'Bearer not.a.jwt').send(holder).expect(401);
    for (const role of ['management', 'inspector'] as const) {
      const refused = await grant(holder, role).expect(403);
      expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    }
    await t.http
      .post('/mandate-holders')
      .set('authorization', t.auth('mandate-holder', { org: '0123.456.749' }))
      .send(holder)
      .expect(403);
  });

  it('lets a mandate holder read only its own organisation', async () => {
    await grant().expect(201);
    await t.http
      .get('/mandate-holders/0123.456.749')
      .set('authorization', t.auth('mandate-holder', { org: '0123456749' }))
      .expect(200);
    await t.http
      .get('/mandate-holders/0123.456.749')
      .set('authorization', t.auth('mandate-holder', { org: '0202.239.951' }))
      .expect(403);
    await t.http
      .get('/mandate-holders')
      .set('authorization', t.auth('mandate-holder', { org: '0123456749' }))
      .expect(403);
  });

  it('refuses a stale If-Match with 412 and appends nothing', async () => {
    await grant().expect(201);
    const auth = t.auth('adviser');
    await t.http
      .post('/mandate-holders/0123.456.749/suspend')
      .set('authorization', auth)
      .set('if-match', '"0"')
      .send({ reason: 'a' })
      .expect(200);
    const stale = await t.http
      .post('/mandate-holders/0123.456.749/revoke')
      .set('authorization', auth)
      .set('if-match', '"0"')
      .send({ reason: 'b' })
      .expect(412);
    expect(stale.body.code).toBe('STALE_REVISION');
    const health = await t.http.get('/health').expect(200);
    expect(health.body.log.head).toBe(2);
  });

  it('returns the first answer for a retried Idempotency-Key and 422 for the same key with another body', async () => {
    const auth = t.auth('adviser');
    const first = await t.http.post('/mandate-holders').set('authorization', auth).set('idempotency-key', 'k-1').send(holder).expect(201);
    const retry = await t.http.post('/mandate-holders').set('authorization', auth).set('idempotency-key', 'k-1').send(holder).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.etag).toBe(first.headers.etag);
    const reused = await t.http
      .post('/mandate-holders')
      .set('authorization', auth)
      .set('idempotency-key', 'k-1')
      .send({ ...holder, name: 'Other' })
      .expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const health = await t.http.get('/health').expect(200);
    expect(health.body.log.head).toBe(1);
  });
});
