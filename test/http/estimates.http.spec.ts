import { startTestApp, type TestApp } from '../support/test-app.js';

const NOTE = 'de cijfers van 2016 zijn beschikbaar vanaf het tweede kwartaal van 2017';
const PLAN_2017 = [
  { code: '2.11', nameNl: 'Deelnemers', nameEn: 'Participants', measures: ['2.11'], note: 'opleidingen in 2017' },
  { code: '2.13', nameNl: 'Uitbestedingen en organisaties', nameEn: 'Outsourcings and organisations', measures: ['DP24', 'DP25'] },
];

describe('estimates for figures not in yet (HTTP)', () => {
  let t: TestApp;
  const management = () => t.auth('management');
  const estimate = (body: object, year = 2017) =>
    t.http.post(`/indicators/${year}/estimates`).set('authorization', management()).send(body);
  const table = (accept = 'application/json') =>
    t.http.get('/indicators/2017/table').set('authorization', management()).set('accept', accept).expect(200);

  beforeEach(async () => {
    t = await startTestApp({ now: '2017-06-15T10:00:00Z' });
    await t.http.put('/plans/2017').set('authorization', management()).send({ rows: PLAN_2017 }).expect(200);
  });
  afterEach(() => t.close());

  it('shows "± 11.000 (raming)" with its note while the year is provisional, and keeps the history', async () => {
    await estimate({ code: '2.11', value: 10_000 }).expect(200);
    const written = await estimate({ code: '2.11', value: 11_000, note: NOTE }).expect(200);
    expect(written.body).toMatchObject({ year: 2017, code: '2.11', value: 11_000, note: NOTE });
    const [participants, launched] = (await table()).body.rows;
    expect(participants).toMatchObject({ code: '2.11', result: 0, provisional: true, estimate: { value: 11_000, note: NOTE } });
    expect(launched.estimate).toBeNull();

    const csv = (await table('text/csv')).text.trim().split('\r\n');
    expect(csv[0]).toMatch(/;note;estimate;estimateNote$/);
    expect(csv[1]).toMatch(new RegExp(`;opleidingen in 2017;11000;${NOTE}$`));
    const html = (await table('text/html')).text;
    expect(html).toContain('± 11.000 (raming)<sup class="note">2)</sup>');
    expect(html).toContain(`<ol class="notes"><li>opleidingen in 2017</li><li>${NOTE}</li></ol>`);

    const history = await t.http.get('/audit/events?stream=estimates-2017').set('authorization', t.auth('inspector')).expect(200);
    expect(history.body.items.map((e: { data: { value: number } }) => e.data.value)).toEqual([10_000, 11_000]);
    const before = await t.http.get('/indicators/2017/table?asOf=2017-06-01').set('authorization', management()).expect(200);
    expect(before.body.rows[0].estimate).toBeNull();
  });

  it('withdraws an estimate with a reason: off the table, kept in the history; a new one stands again', async () => {
    const withdraw = (code: string, body: object = { reason: 'the participant figures are in' }, auth = management()) =>
      t.http.post(`/indicators/2017/estimates/${code}/withdraw`).set('authorization', auth).send(body);
    await estimate({ code: '2.11', value: 11_000, note: NOTE }).expect(200);
    await estimate({ code: 'DP24', value: 25 }).expect(200);
    await withdraw('2.11', {}).expect(400);
    await withdraw('2.11', { reason: 'x' }, t.auth('adviser')).expect(403);
    t.clock.set('2017-07-01T10:00:00Z');
    const done = await withdraw('2.11').expect(200);
    expect(done.body).toMatchObject({ year: 2017, code: '2.11', reason: 'the participant figures are in' });
    const [participants, launched] = (await table()).body.rows;
    expect(participants.estimate).toBeNull();
    expect(launched.estimate).toEqual({ value: 25, note: null });
    expect((await table('text/html')).text).not.toContain('11.000 (raming)');
    expect((await withdraw('2.11').expect(404)).body.code).toBe('ESTIMATE_NOT_FOUND');
    expect((await withdraw('DP99').expect(400)).body.code).toBe('UNKNOWN_MEASURE');
    // As known before the withdrawal the table still showed it; the history keeps both.
    const before = await t.http.get('/indicators/2017/table?asOf=2017-06-20').set('authorization', management()).expect(200);
    expect(before.body.rows[0].estimate).toEqual({ value: 11_000, note: NOTE });
    await estimate({ code: '2.11', value: 12_000 }).expect(200);
    expect((await table()).body.rows[0].estimate).toEqual({ value: 12_000, note: null });
    const history = await t.http.get('/audit/events?stream=estimates-2017').set('authorization', t.auth('inspector')).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'EstimateRecorded',
      'EstimateRecorded',
      'EstimateWithdrawn',
      'EstimateRecorded',
    ]);
    t.clock.set('2018-02-01T10:00:00Z');
    await t.http.post('/indicators/2017/close').set('authorization', management()).expect(200);
    expect((await withdraw('DP24').expect(409)).body.code).toBe('YEAR_CLOSED');
  });

  it('refuses an unknown measure, a value outside its unit, another role and a closed year', async () => {
    await estimate({ code: 'DP99', value: 1 }).expect(400);
    const negative = await estimate({ code: '2.11', value: -1 }).expect(400);
    expect(negative.body).toMatchObject({ code: 'ESTIMATE_OUT_OF_RANGE', errors: [{ path: 'value' }] });
    expect((await estimate({ code: 'DP26', value: 1.5 }).expect(400)).body.code).toBe('ESTIMATE_OUT_OF_RANGE');
    await estimate({ code: '2.11', value: '11000' }).expect(400);
    await t.http.post('/indicators/2017/estimates').set('authorization', t.auth('adviser')).send({ code: '2.11', value: 1 }).expect(403);
    t.clock.set('2018-02-01T10:00:00Z');
    await estimate({ code: 'DP24', value: 5 }).expect(200);
    await t.http.post('/indicators/2017/close').set('authorization', management()).expect(200);
    expect((await estimate({ code: 'DP24', value: 6 }).expect(409)).body.code).toBe('YEAR_CLOSED');
    expect((await table()).body.rows.every((r: { estimate: unknown }) => r.estimate === null)).toBe(true);
  });
});
