import { award, grantHolders, HOLDERS, incentive, openOffer, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Reports are written before all data are in: the table asked "as of" a day must be exactly what the
 * service answered on that day, however much was recorded since.
 */
describe('the yearly table as of an earlier day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2016-03-10T09:00:00Z' });
  });
  afterAll(() => t.close());

  const management = () => t.auth('management');
  const table = async (year: number, asOf?: string) => {
    const head = (await t.http.get('/health')).body.log.head;
    const response = await t.http
      .get(`/indicators/${year}/table?consistentWith=${head}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`)
      .set('authorization', management())
      .expect(200);
    return response.body as { asOf: string; closedOn: string | null; rows: { code: string; result: number | null }[] };
  };
  const indicators = async (year: number, asOf?: string) => {
    const response = await t.http
      .get(`/indicators/${year}${asOf ? `?asOf=${asOf}` : ''}`)
      .set('authorization', management())
      .expect(200);
    return response.body.indicators;
  };
  const answered: Record<string, { table2016: unknown; table2017: unknown; indicators2016: unknown }> = {};
  const save = async (day: string) => {
    answered[day] = { table2016: (await table(2016)).rows, table2017: (await table(2017)).rows, indicators2016: await indicators(2016) };
  };

  it('answers, as of each of three days, what it answered on that day', async () => {
    // Day 1: a tender with one award, and the year's first targets.
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
    const tenderCall = await post(t, '/outsourcings', tender({ launchedOn: '2016-02-01' }));
    const lot1 = await post(
      t,
      `/outsourcings/${tenderCall.id}/awards`,
      award(HOLDERS.syntra.enterpriseNumber, 90_000_00, { lot: 1, awardedOn: '2016-03-01' }),
    );
    await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP23: 200_000_00, DP24: 3 } })
      .expect(200);
    await save('2016-03-10');

    // Day 2: more calls and awards, an amendment, and new targets.
    t.clock.set('2016-11-20T15:30:00Z');
    const incentiveCall = await post(t, '/outsourcings', incentive({ launchedOn: '2016-09-01' }));
    await post(
      t,
      `/outsourcings/${incentiveCall.id}/awards`,
      award(HOLDERS.unizo.enterpriseNumber, 60_000_00, { awardedOn: '2016-11-02' }),
    );
    await post(
      t,
      `/outsourcings/${tenderCall.id}/awards/${lot1.awardId}/amend`,
      { amountCents: 80_000_00, reason: 'smaller group', amendedOn: '2016-11-20' },
      200,
    );
    await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP23: 150_000_00, DP24: 3, DP25: 2 } })
      .expect(200);
    await save('2016-11-20');

    // Day 3: the next year; an award of 2016 is withdrawn, a 2017 call launched, 2016 closed.
    t.clock.set('2017-03-01T07:00:00Z');
    await post(
      t,
      `/outsourcings/${incentiveCall.id}/awards/${await awardIdOf(incentiveCall.id)}/withdraw`,
      { reason: 'did not start', withdrawnOn: '2017-02-15' },
      200,
    );
    await post(t, '/outsourcings', openOffer({ launchedOn: '2017-01-15', round: '2017-H1' }));
    await t.http.post('/indicators/2016/close').set('authorization', management()).expect(200);
    await save('2017-03-01');

    // Later: still more history that none of the three days knew of.
    t.clock.set('2017-09-01T12:00:00Z');
    const late = await post(t, '/outsourcings', incentive({ launchedOn: '2017-08-01' }));
    await post(t, `/outsourcings/${late.id}/awards`, award(HOLDERS.vokans.enterpriseNumber, 10_000_00, { awardedOn: '2017-08-20' }));
    await t.http
      .put('/targets/2017')
      .set('authorization', management())
      .send({ targets: { DP23: 100_000_00 } })
      .expect(200);

    const days = Object.keys(answered);
    // The three answers differ, so an "as of" read that ignored asOf could not pass.
    expect(new Set(days.map((day) => JSON.stringify(answered[day].table2016))).size).toBe(3);
    for (const day of days) {
      expect((await table(2016, day)).rows).toEqual(answered[day].table2016);
      expect((await table(2017, day)).rows).toEqual(answered[day].table2017);
      expect(await indicators(2016, day)).toEqual(answered[day].indicators2016);
    }
    const dp23 = (day: string) => (answered[day].table2016 as { code: string; result: number }[]).find((r) => r.code === 'DP23')!.result;
    expect([dp23('2016-03-10'), dp23('2016-11-20'), dp23('2017-03-01')]).toEqual([90_000_00, 140_000_00, 80_000_00]);
  });

  it('takes a timestamp to the millisecond and a day as the end of that Brussels day', async () => {
    const justBefore = await table(2016, '2017-03-01T06:59:59.999Z');
    expect(justBefore.closedOn).toBeNull();
    const atThatMoment = await table(2016, '2017-03-01T08:00:00+01:00');
    expect(atThatMoment.closedOn).toBe('2017-03-01');
    expect((await table(2016, '2017-03-01')).asOf).toBe('2017-03-01T22:59:59.999Z');
  });

  async function awardIdOf(outsourcingId: string): Promise<string> {
    const response = await t.http.get(`/outsourcings/${outsourcingId}`).set('authorization', t.auth('adviser')).expect(200);
    return response.body.awards[0].awardId;
  }
});
