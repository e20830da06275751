import { award, grantHolders, HOLDERS, incentive, openOffer, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('outsourcings over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await grantHolders(t, 'syntra', 'unizo');
  });
  afterEach(() => t.close());

  const head = async () => (await t.http.get('/health')).body.log.head;
  const read = (id: string, position: number, role: Parameters<TestApp['auth']>[0] = 'adviser', org?: string) =>
    t.http.get(`/outsourcings/${id}?consistentWith=${position}`).set('authorization', t.auth(role, { org }));

  it('launches a tender and reads it back with its lots and budget', async () => {
    const launched = await post(t, '/outsourcings', tender());
    expect(launched.id).toMatch(/^[0-9a-f-]{36}$/);
    const detail = await read(launched.id, launched.position).expect(200);
    expect(detail.body).toMatchObject({
      id: launched.id,
      product: 'tender',
      status: 'launched',
      budgetCents: 300_000_00,
      year: 2016,
      awards: [],
    });
    expect(detail.body.lots).toHaveLength(3);
  });

  it('defaults an incentive to at most 4 awardees', async () => {
    const launched = await post(t, '/outsourcings', incentive());
    expect((await read(launched.id, launched.position).expect(200)).body.maxAwardees).toBe(4);
  });

  it('refuses product terms that do not belong to the product, naming each field, and appends nothing', async () => {
    const before = await head();
    const response = await t.http
      .post('/outsourcings')
      .set('authorization', t.auth('adviser'))
      .send(tender({ budgetCents: 5, variant: 'generic', minParticipants: 3 }))
      .expect(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['budgetCents', 'minParticipants', 'variant']);
    const weights = await t.http
      .post('/outsourcings')
      .set('authorization', t.auth('adviser'))
      .send(incentive({ awardCriteria: [{ name: 'quality', weight: 50 }] }))
      .expect(400);
    expect(weights.body.code).toBe('AWARD_CRITERIA_WEIGHTS');
    expect(await head()).toBe(before);
  });

  it('awards each lot of a tender once, and refuses a second award of the same lot', async () => {
    const { id } = await post(t, '/outsourcings', tender());
    const first = await post(t, `/outsourcings/${id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 90_000_00, { lot: 1 }));
    expect(first.awardId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await t.http
      .post(`/outsourcings/${id}/awards`)
      .set('authorization', t.auth('adviser'))
      .send(award(HOLDERS.unizo.enterpriseNumber, 50_000_00, { lot: 1 }))
      .expect(409);
    expect(again.body.code).toBe('LOT_ALREADY_AWARDED');
    const over = await t.http
      .post(`/outsourcings/${id}/awards`)
      .set('authorization', t.auth('adviser'))
      .send(award(HOLDERS.unizo.enterpriseNumber, 100_000_01, { lot: 2 }))
      .expect(409);
    expect(over.body.code).toBe('AWARD_EXCEEDS_BUDGET');
  });

  it('refuses an award to an organisation without an active mandate on the award date', async () => {
    const { id } = await post(t, '/outsourcings', incentive());
    const unknown = await t.http
      .post(`/outsourcings/${id}/awards`)
      .set('authorization', t.auth('adviser'))
      .send(award('0406.798.006', 10_000_00))
      .expect(409);
    expect(unknown.body.code).toBe('MANDATE_NOT_ACTIVE');
    await post(t, `/mandate-holders/${HOLDERS.unizo.enterpriseNumber}/suspend`, { reason: 'late reports', effectiveOn: '2016-03-15' }, 200);
    const suspended = await t.http
      .post(`/outsourcings/${id}/awards`)
      .set('authorization', t.auth('adviser'))
      .send(award(HOLDERS.unizo.enterpriseNumber, 10_000_00))
      .expect(409);
    expect(suspended.body.code).toBe('MANDATE_NOT_ACTIVE');
  });

  it('amends and withdraws an award; the detail keeps the history', async () => {
    const { id } = await post(t, '/outsourcings', openOffer());
    const { awardId } = await post(
      t,
      `/outsourcings/${id}/awards`,
      award(HOLDERS.syntra.enterpriseNumber, 40_000_00, { approvedSubjects: ['boekhouding', 'marketing'] }),
    );
    const amended = await post(
      t,
      `/outsourcings/${id}/awards/${awardId}/amend`,
      { amountCents: 35_000_00, reason: 'smaller package' },
      200,
    );
    expect(amended.revision).toBe(2);
    const withdrawn = await post(t, `/outsourcings/${id}/awards/${awardId}/withdraw`, { reason: 'holder withdrew' }, 200);
    const detail = await read(id, withdrawn.position).expect(200);
    expect(detail.body.awards[0]).toMatchObject({
      amountCents: 35_000_00,
      originalAmountCents: 40_000_00,
      holderName: 'Syntra Test',
      withdrawn: { reason: 'holder withdrew' },
    });
    expect(detail.body.grantedCents).toBe(0);
  });

  it('declares a call not granted, cancels another and closes a third; nothing can be awarded afterwards', async () => {
    const calls = [
      await post(t, '/outsourcings', incentive()),
      await post(t, '/outsourcings', incentive()),
      await post(t, '/outsourcings', incentive()),
    ];
    await post(t, `/outsourcings/${calls[0].id}/declare-not-granted`, { reason: 'no valid offers' }, 200);
    await post(t, `/outsourcings/${calls[1].id}/cancel`, { reason: 'budget withdrawn' }, 200);
    const withoutAward = await t.http
      .post(`/outsourcings/${calls[2].id}/close`)
      .set('authorization', t.auth('adviser'))
      .send({ reason: 'done' })
      .expect(409);
    expect(withoutAward.body.code).toBe('OUTSOURCING_WITHOUT_AWARD');
    await post(t, `/outsourcings/${calls[2].id}/awards`, award(HOLDERS.unizo.enterpriseNumber, 5_000_00));
    const closed = await post(t, `/outsourcings/${calls[2].id}/close`, { reason: 'done' }, 200);
    for (const call of calls) {
      const refused = await t.http
        .post(`/outsourcings/${call.id}/awards`)
        .set('authorization', t.auth('adviser'))
        .send(award(HOLDERS.syntra.enterpriseNumber, 1_000_00))
        .expect(409);
      expect(refused.body.code).toBe('OUTSOURCING_NOT_OPEN');
    }
    const list = await t.http
      .get(`/outsourcings?year=2016&status=not-granted&consistentWith=${closed.position}`)
      .set('authorization', t.auth('management'))
      .expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([calls[0].id]);
  });

  it('filters the list by year and product', async () => {
    await post(t, '/outsourcings', tender());
    // A launch is a fact that has happened: the clock moves past its date (issue 7, DATE_IN_FUTURE).
    t.clock.set('2017-02-01T12:00:00Z');
    const last = await post(t, '/outsourcings', incentive({ launchedOn: '2017-02-01' }));
    const auth = t.auth('inspector');
    const y2017 = await t.http.get(`/outsourcings?year=2017&consistentWith=${last.position}`).set('authorization', auth).expect(200);
    expect(y2017.body.items.map((o: { product: string }) => o.product)).toEqual(['incentive']);
    const tenders = await t.http.get('/outsourcings?product=tender').set('authorization', auth).expect(200);
    expect(tenders.body.total).toBe(1);
    await t.http.get('/outsourcings?year=twenty').set('authorization', auth).expect(400);
  });

  it('lists the calls as known at an earlier moment with ?asOf=', async () => {
    const { id } = await post(t, '/outsourcings', incentive());
    t.clock.set('2016-07-01T10:00:00Z');
    await post(t, `/outsourcings/${id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 10_000_00, { awardedOn: '2016-07-01' }));
    const last = await post(t, '/outsourcings', tender());
    const auth = t.auth('management');
    const earlier = await t.http
      .get(`/outsourcings?asOf=2016-06-20&consistentWith=${last.position}`)
      .set('authorization', auth)
      .expect(200);
    expect(earlier.body.items.map((o: { id: string; awards: unknown[] }) => [o.id, o.awards.length])).toEqual([[id, 0]]);
    const now = await t.http.get('/outsourcings').set('authorization', auth).expect(200);
    expect(now.body.total).toBe(2);
    await t.http.get('/outsourcings?asOf=last-week').set('authorization', auth).expect(400);
    // Without an offset the moment would depend on the server's time zone.
    await t.http.get('/outsourcings?asOf=2016-06-20T10:00:00').set('authorization', auth).expect(400);
    await t.http.get('/outsourcings?asOf=2016-06-20T10:00:00%2B02:00').set('authorization', auth).expect(200);
  });

  it('answers 404 for an unknown outsourcing or award, on reads and writes', async () => {
    await t.http.get('/outsourcings/00000000-0000-4000-8000-000000000000').set('authorization', t.auth('adviser')).expect(404);
    await t.http.get('/outsourcings/not-a-uuid').set('authorization', t.auth('adviser')).expect(404);
    const { id } = await post(t, '/outsourcings', incentive());
    const missing = await t.http
      .post(`/outsourcings/${id}/awards/00000000-0000-4000-8000-000000000000/withdraw`)
      .set('authorization', t.auth('adviser'))
      .send({ reason: 'x' })
      .expect(404);
    expect(missing.body.code).toBe('AWARD_NOT_FOUND');
    await t.http
      .post('/outsourcings/00000000-0000-4000-8000-000000000000/close')
      .set('authorization', t.auth('adviser'))
      .send({ reason: 'x' })
      .expect(404);
  });

  it('lets only advisers write, and shows a mandate holder only its own awards', async () => {
    const { id } = await post(t, '/outsourcings', incentive());
    for (const role of ['management', 'inspector', 'mandate-holder'] as const) {
      await t.http
        .post('/outsourcings')
        .set('authorization', t.auth(role, { org: HOLDERS.syntra.enterpriseNumber }))
        .send(incentive())
        .expect(403);
      await t.http
        .post(`/outsourcings/${id}/close`)
        .set('authorization', t.auth(role, { org: HOLDERS.syntra.enterpriseNumber }))
        .send({ reason: 'x' })
        .expect(403);
    }
    await t.http.post('/outsourcings').send(incentive()).expect(401);
    await post(t, `/outsourcings/${id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 10_000_00));
    const last = await post(t, `/outsourcings/${id}/awards`, award(HOLDERS.unizo.enterpriseNumber, 20_000_00));
    const own = await read(id, last.position, 'mandate-holder', HOLDERS.unizo.enterpriseNumber).expect(200);
    expect(own.body.awards.map((a: { enterpriseNumber: string }) => a.enterpriseNumber)).toEqual([HOLDERS.unizo.enterpriseNumber]);
    const all = await read(id, last.position, 'inspector').expect(200);
    expect(all.body.awards).toHaveLength(2);
  });
});
