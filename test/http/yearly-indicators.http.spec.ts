import { award, grantHolders, HOLDERS, incentive, openOffer, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GET /indicators/{year}', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
    const innovativeTender = await post(t, '/outsourcings', tender());
    await post(t, `/outsourcings/${innovativeTender.id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 90_000_00, { lot: 1 }));
    await post(t, `/outsourcings/${innovativeTender.id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 80_000_00, { lot: 2 }));
    const plainIncentive = await post(t, '/outsourcings', incentive());
    const { awardId } = await post(t, `/outsourcings/${plainIncentive.id}/awards`, award(HOLDERS.unizo.enterpriseNumber, 50_000_00));
    await post(t, `/outsourcings/${plainIncentive.id}/awards/${awardId}/amend`, { amountCents: 45_000_00, reason: 'fewer workshops' }, 200);
    const withdrawnCall = await post(t, '/outsourcings', openOffer());
    const withdrawn = await post(
      t,
      `/outsourcings/${withdrawnCall.id}/awards`,
      award(HOLDERS.vokans.enterpriseNumber, 30_000_00, { approvedSubjects: ['boekhouding'] }),
    );
    // A withdrawal is a fact that has happened: the clock moves past its date (issue 7, DATE_IN_FUTURE).
    t.clock.set('2017-02-01T12:00:00Z');
    await post(
      t,
      `/outsourcings/${withdrawnCall.id}/awards/${withdrawn.awardId}/withdraw`,
      { reason: 'did not start', withdrawnOn: '2017-02-01' },
      200,
    );
    const notGranted = await post(t, '/outsourcings', incentive());
    await post(t, `/outsourcings/${notGranted.id}/declare-not-granted`, { reason: 'no offers' }, 200);
  });
  afterAll(async () => {
    await t.close();
  });

  const read = async (year: number | string, status: number, role: Parameters<TestApp['auth']>[0] = 'management') => {
    const head = (await t.http.get('/health')).body.log.head;
    return t.http.get(`/indicators/${year}?consistentWith=${head}`).set('authorization', t.auth(role)).expect(status);
  };

  it('computes the call-side indicators of a year from the log', async () => {
    const response = await read(2016, 200);
    expect(response.body.year).toBe(2016);
    expect(typeof response.body.position).toBe('number');
    const values = Object.fromEntries(
      Object.entries(response.body.indicators as Record<string, { value: number }>).map(([k, v]) => [k, v.value]),
    );
    expect(values).toMatchObject({
      DP23: 90_000_00 + 80_000_00 + 45_000_00, // the amendment replaces 50 000; the withdrawn award does not count
      DP24: 4,
      'DP24.tender': 1,
      'DP24.incentive': 2,
      'DP24.open-offer': 1,
      'DP24.notGranted': 1,
      DP25: 2, // syntra's two lots count once; vokans' award was withdrawn
      DP5: 1,
      DP6: 170_000_00,
    });
    expect(values['share.budget']).toBeCloseTo(170_000_00 / 215_000_00, 10);
    expect(values['share.count']).toBe(0.25);
    expect(response.body.indicators.DP23.unit).toBe('EUR-cents');
    expect(response.body.indicators['share.count'].unit).toBe('ratio');
  });

  it('answers zeros, not errors, for a year without calls', async () => {
    const response = await read(2019, 200);
    expect(response.body.indicators.DP23).toEqual({ value: 0, unit: 'EUR-cents' });
    expect(response.body.indicators['share.budget']).toEqual({ value: null, unit: 'ratio', reason: 'no-data' });
  });

  it('is for advisers, management and inspectors, not mandate holders', async () => {
    await read(2016, 200, 'adviser');
    await read(2016, 200, 'inspector');
    await t.http
      .get('/indicators/2016')
      .set('authorization', t.auth('mandate-holder', { org: HOLDERS.syntra.enterpriseNumber }))
      .expect(403);
    await t.http.get('/indicators/2016').expect(401);
  });

  it('refuses a year that is not a year', async () => {
    const response = await read('twenty', 400);
    expect(response.body.errors[0].path).toBe('year');
  });
});
