import Database from 'better-sqlite3';
import { join } from 'node:path';
import { grantHolders, HOLDERS, incentive, post } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('audit history over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await grantHolders(t, 'syntra');
  });
  afterEach(() => t.close());

  it("shows one call's history with who, which role and which request", async () => {
    const { id } = await t.http
      .post('/outsourcings')
      .set('authorization', t.auth('adviser', { sub: 'ann' }))
      .set('x-correlation-id', 'req-42')
      .send(incentive())
      .expect(201)
      .then((r) => r.body);
    await post(t, `/outsourcings/${id}/declare-not-granted`, { reason: 'no offers' }, 200);
    const history = await t.http.get(`/audit/events?stream=outsourcing-${id}`).set('authorization', t.auth('inspector')).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['OutsourcingLaunched', 'OutsourcingDeclaredNotGranted']);
    expect(history.body.items[0]).toMatchObject({
      revision: 0,
      schemaVersion: 1,
      metadata: { actor: 'ann', role: 'adviser', correlationId: 'req-42' },
    });
    expect(history.body.items[0].recordedAt).toBe('2016-06-15T10:00:00.000Z');
  });

  it('pages through the whole log from a position', async () => {
    await post(t, '/outsourcings', incentive());
    const page = await t.http.get('/audit/events?limit=1').set('authorization', t.auth('inspector')).expect(200);
    expect(page.body.items[0].type).toBe('MandateGranted');
    const next = await t.http.get(`/audit/events?after=${page.body.next}`).set('authorization', t.auth('inspector')).expect(200);
    expect(next.body.items.map((e: { type: string }) => e.type)).toEqual(['OutsourcingLaunched']);
    await t.http.get('/audit/events?after=yesterday').set('authorization', t.auth('inspector')).expect(400);
  });

  it("proves the history intact, and finds an event altered behind the service's back", async () => {
    const intact = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(intact.body).toMatchObject({ valid: true, checked: 1, firstBrokenPosition: null, status: 'intact' });
    expect(intact.body.summary).toBe('intact up to position 1, no anchor yet');
    const db = new Database(join(t.dataDir, 'events.db'));
    db.prepare(`UPDATE events SET data = json_set(data, '$.name', 'Forged') WHERE position = 1`).run();
    db.close();
    const broken = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(broken.body).toMatchObject({ valid: false, firstBrokenPosition: 1, problem: { position: 1, code: 'altered' } });
  });

  it('is closed to management and mandate holders', async () => {
    await t.http.get('/audit/events').set('authorization', t.auth('management')).expect(403);
    await t.http
      .get('/audit/events')
      .set('authorization', t.auth('mandate-holder', { org: HOLDERS.syntra.enterpriseNumber }))
      .expect(403);
    await t.http.get('/audit/integrity').set('authorization', t.auth('adviser')).expect(403);
  });
});
