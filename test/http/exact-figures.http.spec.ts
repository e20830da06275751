import Database from 'better-sqlite3';
import { join } from 'node:path';
import { award, grantHolders, HOLDERS, incentive, openOffer, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const head = async (t: TestApp) => (await t.http.get('/health').expect(200)).body.log.head;

describe('exact figures: dates, closed years, revisions, retries (HTTP)', () => {
  let t: TestApp;
  const adviser = () => t.auth('adviser');
  const management = () => t.auth('management');
  beforeEach(async () => {
    t = await startTestApp({ now: '2016-06-15T10:00:00Z' });
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
  });
  afterEach(() => t.close());

  const row = async (year: number, code: string, position?: number | string) => {
    const q = position === undefined ? '' : `?consistentWith=${position}`;
    const table = await t.http.get(`/indicators/${year}/table${q}`).set('authorization', management()).expect(200);
    return table.body.rows.find((r: { code: string }) => r.code === code);
  };

  it('counts a timestamp award on its Brussels day, keeps the timestamp, and refuses a date after today', async () => {
    t.clock.set('2017-02-01T10:00:00Z');
    const { id } = await post(t, '/outsourcings', incentive({ launchedOn: '2016-11-02T09:00:00+01:00' }));
    const granted = await post(
      t,
      `/outsourcings/${id}/awards`,
      award(HOLDERS.syntra.enterpriseNumber, 40_000_00, { awardedOn: '2016-12-31T23:30:00Z' }),
    );
    const in2017 = await row(2017, 'DP23', granted.position);
    expect(in2017.result).toBe(40_000_00);
    expect((await row(2016, 'DP23')).result).toBe(0);
    const events = await t.http.get(`/audit/events?stream=outsourcing-${id}`).set('authorization', t.auth('inspector')).expect(200);
    const grant = events.body.items.find((e: { type: string }) => e.type === 'AwardGranted');
    expect(grant.data).toMatchObject({ awardedOn: '2017-01-01', awardedAt: '2016-12-31T23:30:00Z' });
    const future = await t.http
      .post(`/outsourcings/${id}/awards`)
      .set('authorization', adviser())
      .send(award(HOLDERS.unizo.enterpriseNumber, 1_00, { awardedOn: '2017-02-02' }))
      .expect(409);
    expect(future.body).toMatchObject({ code: 'DATE_IN_FUTURE' });
    expect(JSON.stringify(future.body)).toContain('awardedOn');
    await t.http
      .post('/outsourcings')
      .set('authorization', adviser())
      .send(tender({ launchedOn: '2017-03-01' }))
      .expect(409);
  });

  it('launches one open offer per round and variant, in the half-year of its launch or the next', async () => {
    const first = await post(t, '/outsourcings', openOffer({ launchedOn: '2016-06-01', round: '2016-H2' }));
    const again = await t.http
      .post('/outsourcings')
      .set('authorization', adviser())
      .send(openOffer({ launchedOn: '2016-06-02', round: '2016-H2' }))
      .expect(409);
    expect(again.body.code).toBe('ROUND_ALREADY_LAUNCHED');
    await post(t, '/outsourcings', openOffer({ launchedOn: '2016-06-02', round: '2016-H2', variant: 'sectoral' }));
    const far = await t.http
      .post('/outsourcings')
      .set('authorization', adviser())
      .send(openOffer({ launchedOn: '2016-01-10', round: '2017-H1', variant: 'sectoral' }))
      .expect(409);
    expect(far.body.code).toBe('ROUND_OUT_OF_RANGE');
    await post(t, `/outsourcings/${first.id}/cancel`, { reason: 'no offers', on: '2016-06-10' }, 200);
    await post(t, '/outsourcings', openOffer({ launchedOn: '2016-06-12', round: '2016-H2' }));
  });

  it('freezes a closed year: new facts refused, a later amendment shown as a revision, reopen and close again publish anew', async () => {
    const { id } = await post(t, '/outsourcings', incentive());
    const { awardId } = await post(t, `/outsourcings/${id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 50_000_00));
    t.clock.set('2017-02-01T10:00:00Z');
    const closed = await t.http.post('/indicators/2016/close').set('authorization', management()).expect(200);
    expect(closed.body.figures.DP23.value).toBe(50_000_00);
    const late = await t.http
      .post(`/outsourcings/${id}/awards`)
      .set('authorization', adviser())
      .send(award(HOLDERS.unizo.enterpriseNumber, 10_00))
      .expect(409);
    expect(late.body.code).toBe('YEAR_CLOSED');
    const launch = await t.http
      .post('/outsourcings')
      .set('authorization', adviser())
      .send(tender({ launchedOn: '2016-12-01' }))
      .expect(409);
    expect(launch.body.code).toBe('YEAR_CLOSED');
    await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP24: 3 } })
      .expect(409);
    t.clock.set('2017-02-02T10:00:00Z');
    const amended = await post(
      t,
      `/outsourcings/${id}/awards/${awardId}/amend`,
      { amountCents: 45_000_00, reason: 'fewer workshops' },
      200,
    );
    const dp23 = await row(2016, 'DP23', amended.position);
    expect(dp23).toMatchObject({ result: 50_000_00, revised: 45_000_00, provisional: false });
    expect((await row(2016, 'DP24')).revised).toBeNull();
    const indicators = await t.http.get('/indicators/2016').set('authorization', management()).expect(200);
    expect(indicators.body).toMatchObject({ closedOn: '2017-02-01', revised: { DP23: 45_000_00 } });
    expect(indicators.body.indicators.DP23.value).toBe(50_000_00);
    expect(indicators.body.closedAt).toEqual(expect.any(String));
    const csv = await t.http.get('/indicators/2016/table').set('authorization', management()).set('accept', 'text/csv').expect(200);
    expect(csv.text).toContain('4500000');
    const html = await t.http.get('/indicators/2016/table').set('authorization', management()).set('accept', 'text/html').expect(200);
    expect(html.text).toContain('gecorrigeerd na afsluiting');
    // History answers what it answered: as of the day of the close, no revision yet.
    expect(
      (await t.http.get('/indicators/2016/table?asOf=2017-02-01T12:00:00Z').set('authorization', management()).expect(200)).body.rows[0],
    ).toMatchObject({ result: 50_000_00, revised: null });
    await t.http.post('/indicators/2016/reopen').set('authorization', management()).send({}).expect(400);
    t.clock.set('2017-02-03T10:00:00Z');
    await t.http.post('/indicators/2016/reopen').set('authorization', management()).send({ reason: 'late correction' }).expect(200);
    expect(await row(2016, 'DP23', await head(t))).toMatchObject({ result: 45_000_00, revised: null, provisional: true });
    t.clock.set('2017-02-04T10:00:00Z');
    await t.http.post('/indicators/2016/close').set('authorization', management()).expect(200);
    expect(await row(2016, 'DP23', await head(t))).toMatchObject({ result: 45_000_00, revised: null, provisional: false });
    expect(
      (await t.http.get('/indicators/2016/table?asOf=2017-02-02T12:00:00Z').set('authorization', management()).expect(200)).body.rows[0],
    ).toMatchObject({ result: 50_000_00, revised: 45_000_00 });
  });

  it('shows a ratio with nothing to divide as not available', async () => {
    const dp26 = await row(2016, 'DP26');
    expect(dp26).toMatchObject({ result: null, reason: 'no-data', met: null });
    const indicators = await t.http.get('/indicators/2016').set('authorization', management()).expect(200);
    expect(indicators.body.indicators['share.count']).toEqual({ value: null, unit: 'ratio', reason: 'no-data' });
    const csv = await t.http.get('/indicators/2016/table').set('authorization', management()).set('accept', 'text/csv').expect(200);
    expect(csv.text).toMatch(/^DP26;.*niet beschikbaar/m);
  });

  it('never lets a fact and the close race: each award lands in the published figures or is refused', async () => {
    const { id } = await post(t, '/outsourcings', incentive({ maxAwardees: 100, budgetCents: 100_000_00 }));
    t.clock.set('2017-02-01T10:00:00Z');
    for (let round = 0; round < 8; round++) {
      if (round > 0)
        await t.http
          .post('/indicators/2016/reopen')
          .set('authorization', management())
          .send({ reason: `round ${round}` })
          .expect(200);
      const holder = [HOLDERS.syntra, HOLDERS.unizo, HOLDERS.vokans][round % 3].enterpriseNumber;
      const amount = 1_00 + round;
      // The previous round's award of the same holder is withdrawn first, so the holder may be awarded again.
      const [awarded, closed] = await Promise.all([
        t.http
          .post(`/outsourcings/${id}/awards`)
          .set('authorization', adviser())
          .send(award(holder, amount, { awardedOn: '2016-10-01' })),
        t.http.post('/indicators/2016/close').set('authorization', management()),
      ]);
      expect(closed.status).toBe(200);
      const published = closed.body.figures.DP23.value;
      const table = await t.http
        .get(`/indicators/2016?consistentWith=${await head(t)}`)
        .set('authorization', management())
        .expect(200);
      if (awarded.status === 201) {
        expect(table.body.revised).toEqual({});
      } else {
        expect(awarded.body.code).toBe('YEAR_CLOSED');
      }
      expect(table.body.indicators.DP23.value).toBe(published);
      if (awarded.status === 201) {
        await post(
          t,
          `/outsourcings/${id}/awards/${awarded.body.awardId}/withdraw`,
          { reason: 'test round over', withdrawnOn: '2017-02-01' },
          200,
        );
      }
    }
  });

  it('answers a keyed launch and award retried after a crash with the same ids, appending nothing', async () => {
    const launch = () => t.http.post('/outsourcings').set('authorization', adviser()).set('idempotency-key', 'launch-1').send(incentive());
    const first = await launch().expect(201);
    const forget = () => {
      const answers = new Database(join(t.dataDir, 'idempotency.db'));
      answers.prepare('DELETE FROM idempotency_keys').run();
      answers.close();
    };
    forget();
    const afterLaunch = await head(t);
    const retried = await launch().expect(201);
    expect(retried.body.id).toBe(first.body.id);
    expect(await head(t)).toBe(afterLaunch);
    const grant = () =>
      t.http
        .post(`/outsourcings/${first.body.id}/awards`)
        .set('authorization', adviser())
        .set('idempotency-key', 'award-1')
        .send(award(HOLDERS.syntra.enterpriseNumber, 10_000_00));
    const granted = await grant().expect(201);
    forget();
    const afterAward = await head(t);
    const again = await grant().expect(201);
    expect(again.body.awardId).toBe(granted.body.awardId);
    expect(await head(t)).toBe(afterAward);
  });
});
