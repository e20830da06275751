import { award, incentive, post } from '../support/outsourcing-requests.js';
import {
  AFTER_TRAININGS,
  deliveryWorld,
  type DeliveryWorld,
  holder,
  moduleBody,
  participant,
  SYNTRA,
  UNIZO,
  VOKANS,
  write,
} from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('delivery routes over HTTP', () => {
  let t: TestApp;
  let w: DeliveryWorld;
  let moduleId: string;
  let participantId: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    w = await deliveryWorld(t);
    moduleId = (await write(t, holder(t, SYNTRA), `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
    participantId = (await write(t, holder(t, SYNTRA), `/modules/${moduleId}/participants`, participant(1))).participantId;
  });
  afterAll(() => t.close());

  const get = (path: string, auth: string) => t.http.get(path).set('authorization', auth);

  it('lets the holder register sessions and evaluations, with ETag and position', async () => {
    const session = await t.http
      .post(`/modules/${moduleId}/sessions`)
      .set('authorization', holder(t, SYNTRA))
      .send({ date: '2016-09-05', place: 'Gent', hours: 3 })
      .expect(201);
    expect(session.headers.etag).toMatch(/^"\d+"$/);
    const evaluation = await write(t, holder(t, SYNTRA), `/modules/${moduleId}/evaluations`, { participantId, score: 9 });
    // Issue 7: a distribution goes to a module of its own, never on top of its participants' own scores.
    const reported = (await write(t, holder(t, VOKANS), `/awards/${w.openOfferAward}/modules`, moduleBody({ title: 'In arrears' })))
      .moduleId;
    await write(t, holder(t, VOKANS), `/modules/${reported}/participants/import`, [participant(11), participant(12), participant(13)]);
    const mixed = await t.http
      .post(`/modules/${moduleId}/evaluations`)
      .set('authorization', holder(t, SYNTRA))
      .send({ distribution: { 5: 1 } })
      .expect(409);
    expect(mixed.body.code).toBe('EVALUATION_MIXED');
    const tooMany = await t.http
      .post(`/modules/${reported}/evaluations`)
      .set('authorization', holder(t, VOKANS))
      .send({ distribution: { 9: 30 } })
      .expect(409);
    expect(tooMany.body).toMatchObject({
      code: 'MORE_RESPONSES_THAN_PARTICIPANTS',
      detail: expect.stringMatching(/30 responses.*3 participants/),
    });
    await write(t, holder(t, VOKANS), `/modules/${reported}/evaluations`, { distribution: { 9: 3 } });
    // A new distribution of the same module and year replaces the earlier one: it counts once.
    const distribution = await write(t, holder(t, VOKANS), `/modules/${reported}/evaluations`, { distribution: { 5: 1, 8: 2 } });
    const inArrears = await get(`/modules/${reported}?consistentWith=${distribution.position}`, holder(t, VOKANS)).expect(200);
    expect(inArrears.body.satisfaction).toMatchObject({ responses: 3, satisfiedShare: 2 / 3 });
    const again = await t.http
      .post(`/modules/${moduleId}/evaluations`)
      .set('authorization', holder(t, SYNTRA))
      .send({ participantId, score: 3 })
      .expect(409);
    expect(again.body.code).toBe('EVALUATION_ALREADY_RECORDED');
    await write(t, holder(t, SYNTRA), `/modules/${moduleId}/evaluations`, { participantId, score: 6, replaces: evaluation.evaluationId });
    const read = await get(`/modules/${moduleId}?consistentWith=${distribution.position + 1}`, holder(t, SYNTRA)).expect(200);
    // Before issue 7 the distribution of 3 counted on top of the participant's own score: 4 responses, 0.5.
    expect(read.body).toMatchObject({
      participants: 1,
      sessions: [{ place: 'Gent' }],
      satisfaction: { responses: 1, satisfiedShare: 0 },
    });
  });

  it('refuses a score outside 0..10 and lists the fields', async () => {
    const bad = await t.http
      .post(`/modules/${moduleId}/evaluations`)
      .set('authorization', holder(t, SYNTRA))
      .send({ participantId, score: 11 })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('gives another holder a 404 that reveals nothing, on every route of the award', async () => {
    const other = holder(t, UNIZO);
    for (const path of [`/awards/${w.tenderAward}`, `/awards/${w.tenderAward}/modules`, `/modules/${moduleId}`]) {
      expect((await get(path, other).expect(404)).body.code).toMatch(/_NOT_FOUND$/);
    }
    await t.http.post(`/awards/${w.tenderAward}/modules`).set('authorization', other).send(moduleBody()).expect(404);
    for (const [path, body] of [
      ['sessions', { date: '2016-09-05', place: 'x', hours: 1 }],
      ['participants', participant(2)],
      ['evaluations', { distribution: { 7: 1 } }],
    ] as const) {
      await t.http.post(`/modules/${moduleId}/${path}`).set('authorization', other).send(body).expect(404);
    }
    await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', other)
      .send([participant(3)])
      .expect(404);
    await t.http.delete(`/modules/${moduleId}/participants/${participantId}`).set('authorization', other).send({ reason: 'x' }).expect(404);
  });

  it('lets advisers and inspectors read everything, management nothing but indicators, and nobody but the holder write delivery', async () => {
    for (const role of ['adviser', 'inspector'] as const) {
      await get(`/awards/${w.tenderAward}`, t.auth(role)).expect(200);
      await get(`/awards/${w.tenderAward}/modules`, t.auth(role)).expect(200);
      await get(`/modules/${moduleId}`, t.auth(role)).expect(200);
      await get('/exports/delivery.csv?year=2016', t.auth(role)).expect(200);
    }
    for (const path of [
      `/awards/${w.tenderAward}`,
      `/modules/${moduleId}`,
      `/participants/${participantId}`,
      '/exports/delivery.csv?year=2016',
    ]) {
      await get(path, t.auth('management')).expect(403);
    }
    await get(`/participants/${participantId}`, t.auth('inspector')).expect(403);
    await get(`/participants/${participantId}`, holder(t, SYNTRA)).expect(403);
    await get('/exports/delivery.csv?year=2016', holder(t, SYNTRA)).expect(403);
    await get('/indicators/2016', t.auth('management')).expect(200);
    await t.http.post(`/awards/${w.tenderAward}/modules`).set('authorization', t.auth('adviser')).send(moduleBody()).expect(403);
    await t.http.post(`/awards/${w.tenderAward}/payments`).set('authorization', holder(t, SYNTRA)).send({ amountCents: 1 }).expect(403);
  });

  it('enforces the open-offer subject rule: approved subjects plus at most 2 passed on later', async () => {
    const auth = holder(t, VOKANS);
    await write(t, auth, `/awards/${w.openOfferAward}/modules`, moduleBody({ subject: 'boekhouding' }));
    await write(t, auth, `/awards/${w.openOfferAward}/modules`, moduleBody({ subject: 'export' }));
    await write(t, auth, `/awards/${w.openOfferAward}/modules`, moduleBody({ subject: 'horeca' }));
    const refused = await t.http
      .post(`/awards/${w.openOfferAward}/modules`)
      .set('authorization', auth)
      .send(moduleBody({ subject: 'bakkerij' }))
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'SUBJECT_LIMIT_REACHED', errors: [{ path: 'subject' }] });
  });

  it('shows the incentive subsidy threshold, adding up the participants of all modules', async () => {
    const auth = holder(t, UNIZO);
    const m1 = (await write(t, auth, `/awards/${w.incentiveAward}/modules`, moduleBody())).moduleId;
    const m2 = (await write(t, auth, `/awards/${w.incentiveAward}/modules`, moduleBody({ title: 'Workshop 2' }))).moduleId;
    await write(
      t,
      auth,
      `/modules/${m1}/participants/import`,
      Array.from({ length: 25 }, (_, i) => participant(i)),
    );
    const last = await write(
      t,
      auth,
      `/modules/${m2}/participants/import`,
      Array.from({ length: 10 }, (_, i) => participant(i)),
    );
    const read = await get(`/awards/${w.incentiveAward}?consistentWith=${last.position}`, auth).expect(200);
    expect(read.body).toMatchObject({
      product: 'incentive',
      modules: 2,
      participants: 35,
      subsidyThreshold: { required: 40, reached: false, missing: 5 },
    });
    const modules = await get(`/awards/${w.incentiveAward}/modules`, auth).expect(200);
    expect(modules.body.items.map((m: { participants: number }) => m.participants).sort()).toEqual([10, 25]);
  });

  it('removes a participant with a reason; it no longer counts and cannot be removed twice', async () => {
    const auth = holder(t, SYNTRA);
    const extra = await write(t, auth, `/modules/${moduleId}/participants`, participant(7));
    const removed = await t.http
      .delete(`/modules/${moduleId}/participants/${extra.participantId}`)
      .set('authorization', auth)
      .send({ reason: 'registered twice' })
      .expect(200);
    await t.http
      .delete(`/modules/${moduleId}/participants/${extra.participantId}`)
      .set('authorization', auth)
      .send({ reason: 'again' })
      .expect(409);
    await t.http.delete(`/modules/${moduleId}/participants/${extra.participantId}`).set('authorization', auth).send({}).expect(400);
    const read = await get(`/modules/${moduleId}?consistentWith=${removed.body.position}`, auth).expect(200);
    expect(read.body).toMatchObject({ participants: 1, removedParticipants: 1 });
  });

  it('lets the adviser record follow-ups, payments and financial reports, and flags payments above granted', async () => {
    const adviser = t.auth('adviser');
    await write(t, adviser, `/awards/${w.tenderAward}/follow-ups`, {
      kind: 'lesson-visit',
      on: '2016-09-05',
      finding: 'well prepared',
      rating: 4,
    });
    await write(t, adviser, `/awards/${w.tenderAward}/financial-reports`, { year: 2016, costsCents: 80_000_00, revenuesCents: 5_000_00 });
    await write(t, adviser, `/awards/${w.tenderAward}/payments`, { amountCents: 60_000_00, paidOn: '2016-12-01' });
    let read = await get(
      `/awards/${w.tenderAward}?consistentWith=${(await write(t, adviser, `/awards/${w.tenderAward}/payments`, { amountCents: 12_000_00 })).position}`,
      adviser,
    ).expect(200);
    expect(read.body).toMatchObject({
      grantedCents: 90_000_00,
      paidCents: 72_000_00,
      realisation: 0.8,
      paidAboveGranted: false,
      followUps: [{ kind: 'lesson-visit', rating: 4 }],
      financialReports: [{ year: 2016 }],
    });
    const over = await write(t, adviser, `/awards/${w.tenderAward}/payments`, { amountCents: 20_000_00 });
    read = await get(`/awards/${w.tenderAward}?consistentWith=${over.position}`, adviser).expect(200);
    expect(read.body.paidAboveGranted).toBe(true);
    await t.http.post(`/awards/${w.tenderAward}/payments`).set('authorization', adviser).send({ amountCents: 1.5 }).expect(400);
    await t.http
      .post(`/awards/${w.tenderAward}/follow-ups`)
      .set('authorization', adviser)
      .send({ kind: 'lesson-visit', finding: 'x', rating: 9 })
      .expect(400);
  });

  it('adds 2.11, DP7, DP26 and realisation to the yearly indicators', async () => {
    const indicators = await get(
      `/indicators/2016?consistentWith=${(await t.http.get('/health')).body.log.head}`,
      t.auth('management'),
    ).expect(200);
    expect(indicators.body.indicators['2.11'].unit).toBe('count');
    expect(indicators.body.indicators['2.11'].value).toBeGreaterThanOrEqual(36);
    expect(indicators.body.indicators.DP7.value).toBe(1);
    // The participant's own 6 and the other module's distribution (5: 1, 8: 2), each counted once: 2 of 4.
    expect(indicators.body.indicators.DP26).toEqual({ value: 0.5, unit: 'ratio' });
    expect(indicators.body.indicators['DP26.responses']).toEqual({ value: 4, unit: 'count' });
    expect(indicators.body.indicators.realisation.unit).toBe('ratio');
  });

  it('refuses delivery on a withdrawn award and while the mandate is suspended', async () => {
    const call = await post(t, '/outsourcings', incentive());
    const { awardId } = await post(t, `/outsourcings/${call.id}/awards`, award(SYNTRA, 1_000_00));
    await post(t, `/outsourcings/${call.id}/awards/${awardId}/withdraw`, { reason: 'did not start' }, 200);
    // Issue 7: a module is judged on its planned start; planned from today on, after the withdrawal and the suspension.
    const today = AFTER_TRAININGS.slice(0, 10);
    const withdrawn = await t.http
      .post(`/awards/${awardId}/modules`)
      .set('authorization', holder(t, SYNTRA))
      .send(moduleBody({ plannedStart: today }))
      .expect(409);
    expect(withdrawn.body.code).toBe('AWARD_WITHDRAWN');
    await post(t, `/mandate-holders/${UNIZO}/suspend`, { reason: 'no reports' }, 200);
    const suspended = await t.http
      .post(`/awards/${w.incentiveAward}/modules`)
      .set('authorization', holder(t, UNIZO))
      .send(moduleBody({ plannedStart: today }))
      .expect(409);
    expect(suspended.body.code).toBe('MANDATE_NOT_ACTIVE');
    expect(suspended.body.detail).toContain(today);
    // ... while last year's training, given while the mandate was active, is still reported in arrears.
    const lastYear = await write(t, holder(t, UNIZO), `/awards/${w.incentiveAward}/modules`, moduleBody());
    await write(t, holder(t, UNIZO), `/modules/${lastYear.moduleId}/participants`, participant(21));
    await write(t, holder(t, UNIZO), `/modules/${lastYear.moduleId}/sessions`, { date: '2016-09-05', place: 'Gent', hours: 3 });
  });
});
