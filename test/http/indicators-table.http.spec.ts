import { award, grantHolders, HOLDERS, incentive, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CODES = ['DP23', 'DP24', 'DP25', 'DP26', '2.11', 'DP5', 'DP6', 'DP7', 'share.budget', 'share.count'];

describe('GET /indicators/{year}/table, targets and closing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2016-06-15T10:00:00Z' });
    await grantHolders(t, 'syntra', 'unizo');
    const call2015 = await post(t, '/outsourcings', incentive({ launchedOn: '2015-03-01' }));
    await post(t, `/outsourcings/${call2015.id}/awards`, award(HOLDERS.unizo.enterpriseNumber, 40_000_00, { awardedOn: '2015-05-01' }));
    const call2016 = await post(t, '/outsourcings', tender({ lots: [{ number: 1, title: 'Perceel 1', budgetCents: 1_500_000_00 }] }));
    await post(t, `/outsourcings/${call2016.id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 1_446_348_34, { lot: 1 }));
  });
  afterAll(() => t.close());

  const management = () => t.auth('management');
  const head = async () => (await t.http.get('/health')).body.log.head;
  const table = async (status: number, query = '', accept = 'application/json') =>
    t.http
      .get(`/indicators/2016/table?consistentWith=${await head()}${query}`)
      .set('authorization', management())
      .set('accept', accept)
      .expect(status);
  const row = (body: { rows: { code: string }[] }, code: string) => body.rows.find((r) => r.code === code);

  it('answers one row per indicator with last year, target, result, met and provisional', async () => {
    await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP23: 1_400_000_00, DP24: 2, 'share.budget': 0.5 } })
      .expect(200);
    const response = await table(200);
    expect(response.body).toMatchObject({ year: 2016, closedOn: null, asOf: '2016-06-15T10:00:00.000Z' });
    expect(response.body.rows.map((r: { code: string }) => r.code)).toEqual(CODES);
    expect(row(response.body, 'DP23')).toEqual({
      code: 'DP23',
      measure: 'DP23',
      targetKind: 'atLeast',
      targetMax: null,
      targetText: '≥ 1.400.000,00 €',
      targetTextEn: '≥ 1.400.000,00 €',
      note: null,
      estimate: null,
      nameNl: 'Toegekend budget',
      nameEn: 'Granted budget',
      unit: 'EUR-cents',
      previous: 40_000_00,
      target: 1_400_000_00,
      result: 1_446_348_34,
      met: true,
      provisional: true,
      reason: null,
      revised: null,
    });
    expect(row(response.body, 'DP24')).toMatchObject({ previous: 1, target: 2, result: 1, met: false });
    expect(row(response.body, 'DP25')).toMatchObject({ target: null, result: 1, met: null });
    expect(row(response.body, 'share.budget')).toMatchObject({ unit: 'ratio', previous: 0, result: 1, met: true });
  });

  it('keeps the history of targets: a later PUT replaces the set, an earlier asOf shows the earlier one', async () => {
    t.clock.set('2016-07-01T10:00:00Z');
    const replaced = await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP23: 1_500_000_00 } })
      .expect(200);
    expect(replaced.headers.etag).toBe('"1"');
    expect(replaced.body.targets).toMatchObject({ DP23: 1_500_000_00, DP24: null });
    const now = await table(200);
    expect(row(now.body, 'DP23')).toMatchObject({ target: 1_500_000_00, met: false });
    expect(row(now.body, 'DP24')).toMatchObject({ target: null, met: null });
    const before = await table(200, '&asOf=2016-06-20');
    expect(row(before.body, 'DP23')).toMatchObject({ target: 1_400_000_00, met: true });
    const targets = await t.http.get('/targets/2016?asOf=2016-06-20').set('authorization', t.auth('adviser')).expect(200);
    expect(targets.body.targets).toMatchObject({ DP23: 1_400_000_00, DP24: 2 });
  });

  it('refuses targets outside their unit, unknown codes, and writers other than management', async () => {
    const bad = await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP26: 80 } })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'TARGET_OUT_OF_RANGE', errors: [{ path: 'targets.DP26' }] });
    await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP24: 2.5 } })
      .expect(400);
    const unknown = await t.http
      .put('/targets/2016')
      .set('authorization', management())
      .send({ targets: { DP99: 1 } })
      .expect(400);
    expect(unknown.body.errors[0].path).toBe('targets.DP99');
    await t.http.put('/targets/2016').set('authorization', t.auth('adviser')).send({ targets: {} }).expect(403);
    await t.http.post('/indicators/2016/close').set('authorization', t.auth('inspector')).expect(403);
  });

  it('closes only an ended year, once; a closed year is no longer provisional, except as of before', async () => {
    const early = await t.http.post('/indicators/2016/close').set('authorization', management()).expect(409);
    expect(early.body.code).toBe('YEAR_NOT_ENDED');
    t.clock.set('2017-05-10T08:00:00Z');
    const closed = await t.http.post('/indicators/2016/close').set('authorization', management()).expect(200);
    expect(closed.body).toMatchObject({ year: 2016, closedOn: '2017-05-10' });
    const twice = await t.http.post('/indicators/2016/close').set('authorization', management()).expect(409);
    expect(twice.body.code).toBe('YEAR_ALREADY_CLOSED');
    const now = await table(200);
    expect(now.body.closedOn).toBe('2017-05-10');
    expect(now.body.rows.every((r: { provisional: boolean }) => !r.provisional)).toBe(true);
    const before = await table(200, '&asOf=2017-05-09');
    expect(before.body.rows.every((r: { provisional: boolean }) => r.provisional)).toBe(true);
  });

  it('answers CSV with raw numbers and a header', async () => {
    const response = await table(200, '', 'text/csv');
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'code;nameNl;nameEn;unit;previous;target;result;met;provisional;revised;measure;targetText;note;estimate;estimateNote',
    );
    expect(lines).toHaveLength(11);
    expect(lines[1]).toBe(
      'DP23;Toegekend budget;Granted budget;EUR-cents;4000000;150000000;144634834;false;false;;DP23;≥ 1.500.000,00 €;;;',
    );
    // No evaluations and no target: a ratio without a denominator is 0; an absent target is an empty cell.
    expect(lines.find((l) => l.startsWith('DP26;'))).toMatch(/;ratio;;;niet beschikbaar;;false;;DP26;;;;$/);
  });

  it('answers a print-ready Dutch HTML page with Flemish number formats', async () => {
    const response = await table(200, '', 'text/html,application/xhtml+xml;q=0.9');
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<html lang="nl">');
    expect(response.text).toContain('1.446.348,34 €');
    expect(response.text).toContain('1.500.000,00 €');
    expect(response.text).toContain('100,0 %');
  });

  it('answers 406 for a representation it does not offer, and JSON for */*', async () => {
    const refused = await table(406, '', 'application/xml');
    expect(refused.body.code).toBe('NOT_ACCEPTABLE');
    const any = await table(200, '', '*/*');
    expect(any.body.rows).toHaveLength(10);
  });

  it('is for advisers, management and inspectors only', async () => {
    await t.http.get('/indicators/2016/table').set('authorization', t.auth('inspector')).expect(200);
    await t.http.get('/indicators/2016/table').set('authorization', t.auth('adviser')).expect(200);
    await t.http
      .get('/indicators/2016/table')
      .set('authorization', t.auth('mandate-holder', { org: HOLDERS.syntra.enterpriseNumber }))
      .expect(403);
    await t.http.get('/indicators/2016/table').expect(401);
    await t.http.get('/indicators/2016/table?asOf=yesterday').set('authorization', management()).expect(400);
  });
});
