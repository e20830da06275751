import { grantHolders, HOLDERS, incentive, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SYNTRA = HOLDERS.syntra.enterpriseNumber;
const UNIZO = HOLDERS.unizo.enterpriseNumber;
const VOKANS = HOLDERS.vokans.enterpriseNumber;
const BEFORE_DEADLINE = '2016-02-10T10:00:00Z';
// offersDueOn 2016-03-01 is due by its end in Brussels: 22:59:59.999 UTC in winter.
const AT_DEADLINE = '2016-03-01T22:59:59.999Z';
const AFTER_DEADLINE = '2016-03-02T08:00:00Z';

const answers = (quality = 'Twaalf workshops met coaching') => [
  { criterion: 'quality', text: quality },
  { criterion: 'price', text: 'Alles inbegrepen' },
];

describe('offers, sealed until the deadline, over HTTP', () => {
  let t: TestApp;
  let id: string;
  const as = (role: Parameters<TestApp['auth']>[0], org?: string) => t.auth(role, org ? { org } : {});
  const holder = (org: string) => as('mandate-holder', org);
  const offer = (auth: string, body: object, callId = id) =>
    t.http.post(`/outsourcings/${callId}/offers`).set('authorization', auth).send(body);
  const get = (path: string, auth: string) => t.http.get(`/outsourcings/${id}${path}`).set('authorization', auth);
  const score = (offerId: string, member: string, [quality, price]: [number, number], external = false) =>
    t.http
      .post(`/outsourcings/${id}/offers/${offerId}/scores`)
      .set('authorization', as('adviser'))
      .send({
        member,
        external,
        scores: [
          { criterion: 'quality', score: quality },
          { criterion: 'price', score: price },
        ],
      });

  beforeEach(async () => {
    t = await startTestApp({ now: BEFORE_DEADLINE });
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
    await post(t, `/mandate-holders/${VOKANS}/suspend`, { reason: 'late reports', effectiveOn: '2016-02-05' }, 200);
    id = (await post(t, '/outsourcings', tender({ title: 'Digitale vaardigheden <script>', offersDueOn: '2016-03-01' }))).id;
  });
  afterEach(() => t.close());

  it('shows the deadline on the call, and refuses one before the launch', async () => {
    const call = await get('', as('adviser')).expect(200);
    expect(call.body).toMatchObject({ offersDueOn: '2016-03-01', offersDueAt: AT_DEADLINE });
    const early = await t.http
      .post('/outsourcings')
      .set('authorization', as('adviser'))
      .send(tender({ offersDueOn: '2016-01-15' }))
      .expect(400);
    expect(early.body).toMatchObject({ code: 'OFFERS_DUE_BEFORE_LAUNCH' });
  });

  it('takes offers from active holders only, one answer per criterion, and none on a call without a deadline', async () => {
    const missing = await offer(holder(SYNTRA), { lot: 1, amountCents: 90_000_00, answers: [answers()[0]] }).expect(400);
    expect(missing.body).toMatchObject({ code: 'ANSWER_MISSING' });
    expect(missing.body.detail).toContain('"price"');
    const suspended = await offer(holder(VOKANS), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(409);
    expect(suspended.body.code).toBe('MANDATE_NOT_ACTIVE');
    await offer(as('adviser'), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(403);
    const direct = (await post(t, '/outsourcings', incentive({ launchedOn: '2016-02-01' }))).id;
    const uninvited = await offer(holder(SYNTRA), { amountCents: 10_000_00, answers: answers() }, direct).expect(409);
    expect(uninvited.body.code).toBe('OFFERS_NOT_INVITED');
  });

  it('keeps offers sealed before the deadline: a count for everyone, its own offer for a holder, 404 for another holder’s', async () => {
    const syntras = (await offer(holder(SYNTRA), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(201)).body.offerId;
    const first = (await offer(holder(UNIZO), { lot: 1, amountCents: 80_000_00, answers: answers() }).expect(201)).body.offerId;
    const replacing = await offer(holder(UNIZO), { lot: 1, amountCents: 100_000_01, answers: answers('Beter plan') }).expect(201);
    for (const role of ['adviser', 'inspector', 'management'] as const) {
      const list = await get('/offers', as(role)).expect(200);
      expect(list.body).toEqual({ sealed: true, offersDueAt: AT_DEADLINE, count: 2, items: [] });
    }
    const own = await get('/offers', holder(UNIZO)).expect(200);
    expect(
      own.body.items.map((o: { offerId: string; status: string; overBudget: boolean }) => [o.offerId, o.status, o.overBudget]),
    ).toEqual([
      [first, 'replaced', false],
      [replacing.body.offerId, 'standing', true],
    ]);
    await get(`/offers/${syntras}`, holder(SYNTRA)).expect(200);
    expect((await get(`/offers/${syntras}`, holder(UNIZO)).expect(404)).body.code).toBe('OFFER_NOT_FOUND');
    expect((await get(`/offers/${syntras}`, as('adviser')).expect(409)).body.code).toBe('OFFERS_SEALED');
    expect((await get('/ranking', as('adviser')).expect(409)).body.code).toBe('OFFERS_SEALED');
    expect((await score(syntras, 'Jan Claes', [8, 6]).expect(409)).body.code).toBe('OFFERS_SEALED');
    await t.http.post(`/outsourcings/${id}/offers/${syntras}/withdraw`).set('authorization', holder(UNIZO)).expect(404);

    // The audit routes show that an offer was made, not what it holds nor who made it, until the deadline.
    const audit = await t.http.get(`/audit/events?stream=offers-${id}`).set('authorization', as('inspector')).expect(200);
    expect(audit.body.items).toHaveLength(3);
    for (const event of audit.body.items) {
      expect(event.data).toEqual({ outsourcingId: id, offerId: expect.any(String), sealedUntil: AT_DEADLINE, sealed: true });
      expect(event.metadata.actor).toBe('sealed');
    }
    const archive = await t.http.get(`/audit/events.ndjson?stream=offers-${id}`).set('authorization', as('adviser')).expect(200);
    expect(archive.text).not.toContain('amountCents');
    const history = await t.http.get(`/audit/holders/${SYNTRA}`).set('authorization', as('inspector')).expect(200);
    expect(JSON.stringify(history.body)).not.toContain('Twaalf workshops');
    // Nor THAT a holder offered: a filter that picks events out by their maker leaves sealed ones out.
    expect(history.body.items.map((e: { type: string }) => e.type)).not.toContain('OfferSubmitted');
    const byActor = await t.http.get('/audit/events?actor=mandate-holder-user').set('authorization', as('inspector')).expect(200);
    expect(byActor.body.items).toEqual([]);
    const archivedByActor = await t.http.get('/audit/events.ndjson?actor=mandate-holder-user').set('authorization', as('inspector'));
    expect(archivedByActor.text).toBe('');

    t.clock.set(AFTER_DEADLINE);
    const opened = await t.http.get(`/audit/events?stream=offers-${id}`).set('authorization', as('inspector')).expect(200);
    expect(opened.body.items[0].data).toMatchObject({ enterpriseNumber: SYNTRA, amountCents: 90_000_00 });
    const openedByActor = await t.http.get('/audit/events?actor=mandate-holder-user').set('authorization', as('inspector')).expect(200);
    expect(openedByActor.body.items).toHaveLength(3);
    const openedHistory = await t.http.get(`/audit/holders/${SYNTRA}`).set('authorization', as('inspector')).expect(200);
    expect(openedHistory.body.items.map((e: { type: string }) => e.type)).toContain('OfferSubmitted');
  });

  it('lets a holder withdraw its own offer before the deadline, and closes offers at the deadline', async () => {
    const syntras = (await offer(holder(SYNTRA), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(201)).body.offerId;
    await t.http.post(`/outsourcings/${id}/offers/${syntras}/withdraw`).set('authorization', holder(SYNTRA)).expect(200);
    expect((await get('/offers', as('adviser')).expect(200)).body.count).toBe(0);
    t.clock.set(AT_DEADLINE);
    await offer(holder(SYNTRA), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(201);
    t.clock.set(AFTER_DEADLINE);
    const late = await offer(holder(UNIZO), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(409);
    expect(late.body.code).toBe('OFFERS_CLOSED');
  });

  it('opens the offers after the deadline, ranks the jury’s scores, awards from an offer and prints the jury report', async () => {
    const syntras = (await offer(holder(SYNTRA), { lot: 1, amountCents: 90_000_00, answers: answers() }).expect(201)).body.offerId;
    const unizos = (await offer(holder(UNIZO), { lot: 1, amountCents: 100_000_01, answers: answers() }).expect(201)).body.offerId;
    t.clock.set(AFTER_DEADLINE);

    for (const role of ['adviser', 'inspector', 'management'] as const) {
      const list = await get('/offers', as(role)).expect(200);
      expect(list.body).toMatchObject({ sealed: false, count: 2 });
      expect(list.body.items).toHaveLength(2);
    }
    expect((await get('/offers', holder(SYNTRA)).expect(200)).body.items.map((o: { offerId: string }) => o.offerId)).toEqual([syntras]);
    await get(`/offers/${unizos}`, as('inspector')).expect(200);
    await get(`/offers/${unizos}`, holder(SYNTRA)).expect(404);

    const missing = await t.http
      .post(`/outsourcings/${id}/offers/${syntras}/scores`)
      .set('authorization', as('adviser'))
      .send({ member: 'Jan Claes', scores: [{ criterion: 'quality', score: 8 }] })
      .expect(400);
    expect(missing.body.code).toBe('SCORE_MISSING');
    await score(syntras, 'Jan Claes', [8, 6], true).expect(201);
    await score(syntras, 'An Peeters', [9, 6]).expect(201);
    await score(unizos, 'Jan Claes', [7, 10], true).expect(201);
    await score(unizos, 'Jan Claes', [9, 10], true).expect(201); // scoring again replaces
    await t.http.post(`/outsourcings/${id}/offers/${syntras}/scores`).set('authorization', holder(SYNTRA)).send({}).expect(403);

    const ranking = await get('/ranking', as('inspector')).expect(200);
    expect(ranking.body.lots[0].offers.map((o: { offerId: string; score: number; rank: number }) => [o.offerId, o.score, o.rank])).toEqual([
      [unizos, 94, 1],
      [syntras, 75, 2],
    ]);
    expect(ranking.body.lots[0].offers[0].overBudget).toBe(true);

    const awards = `/outsourcings/${id}/awards`;
    const send = (body: object) => t.http.post(awards).set('authorization', as('adviser')).send(body);
    expect((await send({ offerId: unizos }).expect(409)).body.code).toBe('AWARD_EXCEEDS_BUDGET');
    expect((await send({ offerId: syntras }).expect(409)).body).toMatchObject({ code: 'MOTIVATION_REQUIRED' });
    await send({ offerId: syntras, enterpriseNumber: SYNTRA }).expect(400);
    const motivation = 'Unizo’s offer exceeds the lot budget; Syntra reaches the target group in Limburg';
    const awarded = await send({ offerId: syntras, motivation, awardedOn: '2016-03-02' }).expect(201);
    const call = await t.http
      .get(`/outsourcings/${id}?consistentWith=${awarded.body.position}`)
      .set('authorization', as('adviser'))
      .expect(200);
    expect(call.body.awards[0]).toMatchObject({
      enterpriseNumber: SYNTRA,
      lot: 1,
      amountCents: 90_000_00,
      juryReport: {
        motivation,
        members: [
          { name: 'Jan Claes', external: true },
          { name: 'An Peeters', external: false },
        ],
        scores: [
          { criterion: 'quality', score: 8.5 },
          { criterion: 'price', score: 6 },
        ],
      },
    });

    const report = await get('/jury-report', as('management'))
      .expect(200)
      .expect('content-type', /text\/html/);
    expect(report.text).toContain('Juryverslag');
    expect(report.text).toContain('Digitale vaardigheden &#60;script&#62;');
    expect(report.text).not.toContain('<script>');
    expect(report.text).toContain('Jan Claes (extern)');
    expect(report.text).toContain('Syntra Test');
    expect(report.text).toContain('Unizo Opleidingen');
    expect(report.text).toContain('94,00/100');
    expect(report.text).toContain('75,00/100');
    expect(report.text).toContain('boven budget');
    expect(report.text).toContain('Limburg');
    await get('/jury-report', as('inspector')).expect(200);
    await get('/jury-report', holder(SYNTRA)).expect(403);
  });
});
