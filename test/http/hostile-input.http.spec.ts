import { request as httpRequest } from 'node:http';
import { deliveryWorld, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { HOLDERS, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROBLEM = /^application\/problem\+json/;

/** Requests built to hurt: every one answers a 4xx problem+json with a code, and appends nothing. */
describe('hostile input over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2017-01-16T10:00:00Z' });
  });
  afterAll(() => t.close());

  const head = async () => (await t.http.get('/health')).body.log.head as number | null;
  const adviser = () => t.auth('adviser');

  it('refuses a body nested 5 000 levels deep, with and without an Idempotency-Key, appending nothing', async () => {
    const deep = '{"name":'.repeat(5000) + '"x"' + '}'.repeat(5000);
    const deepArray = '['.repeat(5000) + ']'.repeat(5000);
    const before = await head();
    for (const body of [deep, deepArray])
      for (const key of [null, 'deep-1']) {
        const call = t.http.post('/mandate-holders').set('authorization', adviser()).set('content-type', 'application/json');
        const answer = await (key ? call.set('idempotency-key', key) : call).send(body);
        expect(answer.status).toBe(400);
        expect(answer.headers['content-type']).toMatch(PROBLEM);
        expect(answer.body).toMatchObject({ code: 'BODY_TOO_DEEP', errors: [{ path: 'body' }] });
      }
    expect(await head()).toBe(before);
  });

  it("answers Fastify's and Node's own refusals as problem+json with a code", async () => {
    const auth = adviser();
    const refusals = [
      {
        call: t.http.post('/mandate-holders').set('authorization', auth).set('content-type', 'application/json').send('{"a":'),
        status: 400,
        code: 'MALFORMED_REQUEST',
      },
      {
        call: t.http
          .post('/mandate-holders')
          .set('authorization', auth)
          .set('content-type', 'application/json')
          .send(`{"a":"${'x'.repeat(65 * 1024 * 1024)}"}`),
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      { call: t.http.get(`/participants/${'a'.repeat(300)}`).set('authorization', auth), status: 414, code: 'URI_TOO_LONG' },
      { call: t.http.get('/participants/%E0%A4%A').set('authorization', auth), status: 400, code: 'BAD_URL' },
      {
        call: t.http.post('/mandate-holders').set('authorization', auth).set('content-type', 'application/xml').send('<a/>'),
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      },
    ];
    for (const { call, status, code } of refusals) {
      const answer = await call;
      expect({ status: answer.status, type: answer.headers['content-type'], code: answer.body.code }).toEqual({
        status,
        type: expect.stringMatching(PROBLEM),
        code,
      });
    }
  });

  it('answers a header block too large with 431 problem+json', async () => {
    const { baseUrl } = t;
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest(`${baseUrl}/health`, { headers: { 'x-padding': 'a'.repeat(20_000) } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(431);
    expect(answer.type).toMatch(PROBLEM);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('refuses names with control characters or nothing visible, without repeating them', async () => {
    const before = await head();
    for (const name of ['Syntra\nInjected: yes', 'Syntra\u202Eevil', '\u200B\u200B', '\u3164', ' \u00A0\u2800 ']) {
      const answer = await t.http
        .post('/mandate-holders')
        .set('authorization', adviser())
        .send({ ...HOLDERS.syntra, name });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ path: 'name' })]);
    }
    expect(await head()).toBe(before);
    await t.http
      .post('/mandate-holders')
      .set('authorization', adviser())
      .send({ ...HOLDERS.syntra, enterpriseNumber: '0200.000.043', name: 'Zoë Ünal-Ørsted' })
      .expect(201);
  });

  it("refuses a participant's name that is invisible, naming the row and never the value", async () => {
    const w = await deliveryWorld(t);
    const auth = holder(t, SYNTRA);
    const moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
    const hidden = participant(2, { personal: { name: '\u200D\u200C', email: 'p2@mail.test', birthDate: '1980-01-01' } });
    const before = await head();
    const answer = await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', auth)
      .send([participant(1), hidden]);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'name' })]);
    expect(answer.text).not.toContain('\u200D');
    expect(await head()).toBe(before);
    // Sealing one person once answered 500 (a WAL checkpoint inside the seal's transaction).
    await write(t, auth, `/modules/${moduleId}/participants`, participant(3));
    // A spreadsheet saved as Windows-1252: decoded leniently, "Zoë" would have become "Zo\uFFFD" for good.
    const latin1 = Buffer.from(
      'trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate\n2016-09-05;0406.798.006;employee;;Zo\u00eb Smet;z@mail.test;1980-01-01\n',
      'latin1',
    );
    const notUtf8 = await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', auth)
      .set('content-type', 'text/csv')
      .send(latin1);
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.errors).toEqual([expect.objectContaining({ path: 'body' })]);
  });

  it('refuses control characters in free text and lone surrogates anywhere, naming the field (found by the generated writes)', async () => {
    // Granted here unless an earlier test's world did.
    await t.http
      .post('/mandate-holders')
      .set('authorization', adviser())
      .send({ ...HOLDERS.vokans });
    const before = await head();
    const suspend = (body: string) =>
      t.http
        .post(`/mandate-holders/${HOLDERS.vokans.enterpriseNumber}/suspend`)
        .set('authorization', adviser())
        .set('content-type', 'application/json')
        .send(body);
    const refusals: [string, string][] = [
      [JSON.stringify({ reason: 'no trainer \u001b[2Jpresent' }), 'reason'],
      [JSON.stringify({ reason: 'no trainer \u202Epresent' }), 'reason'],
      ['{"reason":"no trainer \\ud800present"}', 'reason'],
      ['{"reason":"ok","\\udc00":1}', '(key)'],
      ['', 'body'],
    ];
    for (const [body, path] of refusals) {
      const answer = await suspend(body);
      expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({
        status: 400,
        type: expect.stringMatching(PROBLEM),
      });
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
    expect(await head()).toBe(before);
    await suspend(JSON.stringify({ reason: 'two visits:\n\tno trainer present' })).expect(200);
    // A number sent as text is a wrong type, not a number to convert; a direction isolate hides in an e-mail address.
    const lots = [{ number: '12', title: 'Perceel 1', budgetCents: 100 }];
    const launch = await t.http
      .post('/outsourcings')
      .set('authorization', adviser())
      .send({ ...tender(), lots });
    expect(launch.status).toBe(400);
    expect(launch.body.errors).toEqual([expect.objectContaining({ path: 'lots.0.number' })]);
    const email = 'a\u2066n@mail.test';
    const grant = await t.http
      .post('/mandate-holders')
      .set('authorization', adviser())
      .send({ ...HOLDERS.unizo, email });
    expect(grant.status).toBe(400);
    expect(grant.body.errors).toEqual([expect.objectContaining({ path: 'email' })]);
  });
});
