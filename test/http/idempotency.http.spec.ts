import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  AFTER_TRAININGS,
  deliveryWorld,
  type DeliveryWorld,
  head,
  moduleBody,
  SYNTRA,
  UNIZO,
  write,
} from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    // After the trainings and payments it dates: a session or payment dated after today is refused (issue 7).
    t = await startTestApp({ now: AFTER_TRAININGS });
    w = await deliveryWorld(t);
  });
  afterEach(() => t.close());

  it("never replays one organisation's answer to another, even under the same sub", async () => {
    const holderA = t.auth('mandate-holder', { sub: 'api', org: SYNTRA });
    const holderB = t.auth('mandate-holder', { sub: 'api', org: UNIZO });
    const { moduleId } = await write(t, holderA, `/awards/${w.tenderAward}/modules`, moduleBody());
    const session = { date: '2016-09-05', place: 'Gent', hours: 3 };
    await t.http.post(`/modules/${moduleId}/sessions`).set('authorization', holderA).set('idempotency-key', 'k1').send(session).expect(201);
    const other = await t.http
      .post(`/modules/${moduleId}/sessions`)
      .set('authorization', holderB)
      .set('idempotency-key', 'k1')
      .send(session)
      .expect(404);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it('appends nothing when a retry comes after a crash between the append and the stored answer', async () => {
    const adviser = t.auth('adviser');
    const payment = { amountCents: 12_345_00, paidOn: '2016-12-01' };
    const first = await t.http
      .post(`/awards/${w.tenderAward}/payments`)
      .set('authorization', adviser)
      .set('idempotency-key', 'pay-1')
      .send(payment)
      .expect(201);
    const afterFirst = await head(t);
    // The answer was never stored: as if the process died right after the append.
    const answers = new Database(join(t.dataDir, 'idempotency.db'));
    answers.prepare('DELETE FROM idempotency_keys').run();
    answers.close();
    const retry = await t.http
      .post(`/awards/${w.tenderAward}/payments`)
      .set('authorization', adviser)
      .set('idempotency-key', 'pay-1')
      .send(payment)
      .expect(201);
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(await head(t)).toBe(afterFirst);
    const award = await t.http.get(`/awards/${w.tenderAward}?consistentWith=${afterFirst}`).set('authorization', adviser).expect(200);
    expect(award.body.paidCents).toBe(12_345_00);
  });

  it('answers a keyed grant and suspension again after a crash lost their answers, where the rules would now refuse them (found by test:crash)', async () => {
    const adviser = t.auth('adviser');
    const forget = () => {
      const answers = new Database(join(t.dataDir, 'idempotency.db'));
      answers.prepare('DELETE FROM idempotency_keys').run();
      answers.close();
    };
    const holderBody = { enterpriseNumber: '0403.170.701', name: 'Herhaald', email: 'h@herhaald.test', basis: 'experience' };
    const grant = () => t.http.post('/mandate-holders').set('authorization', adviser).set('idempotency-key', 'lost-grant').send(holderBody);
    const first = await grant().expect(201);
    forget();
    const retry = await grant().expect(201);
    expect(retry.body).toEqual(first.body);
    const suspend = () =>
      t.http
        .post(`/mandate-holders/${holderBody.enterpriseNumber}/suspend`)
        .set('authorization', adviser)
        .set('idempotency-key', 'lost-suspend')
        .send({ reason: 'no trainer present' });
    const suspended = await suspend().expect(200);
    const afterFirst = await head(t);
    forget();
    expect((await suspend().expect(200)).body).toEqual(suspended.body);
    expect(await head(t)).toBe(afterFirst);
  });

  it('restores the Location header on a replay, and refuses a malformed key', async () => {
    const adviser = t.auth('adviser');
    const holderBody = { enterpriseNumber: '0417.497.106', name: 'Atlas', email: 'a@atlas.test', basis: 'experience' };
    const first = await t.http
      .post('/mandate-holders')
      .set('authorization', adviser)
      .set('idempotency-key', 'g-1')
      .send(holderBody)
      .expect(201);
    const replay = await t.http
      .post('/mandate-holders')
      .set('authorization', adviser)
      .set('idempotency-key', 'g-1')
      .send(holderBody)
      .expect(201);
    expect(replay.headers.location).toBe(first.headers.location);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const bad = await t.http
      .post('/mandate-holders')
      .set('authorization', adviser)
      .set('idempotency-key', 'ä')
      .send(holderBody)
      .expect(400);
    expect(bad.body.errors[0].path).toBe('Idempotency-Key');
  });
});
