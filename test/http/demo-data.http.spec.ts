import { recordedSince, startTestApp, type TestApp } from '../support/test-app.js';

/** The README's first command loads this data set: it must show every indicator for its years. */
describe('the demo data set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2019-11-27T10:00:00Z', demoData: true });
  });
  afterAll(() => t.close());

  it('fills three complete years with calls of every product, delivery, payments and targets', async () => {
    const head = (await t.http.get('/health')).body.log.head;
    const budgets: number[] = [];
    for (const year of [2016, 2017, 2018]) {
      const table = await t.http
        .get(`/indicators/${year}/table?consistentWith=${head}`)
        .set('authorization', t.auth('management'))
        .expect(200);
      const row = (code: string) => table.body.rows.find((r: { code: string }) => r.code === code);
      expect(row('DP24')).toMatchObject({ result: 5, target: 6 });
      expect(row('DP25').result).toBe(5);
      expect(row('2.11').result).toBeGreaterThan(500);
      expect(row('DP26').result).toBeGreaterThan(0.75);
      expect(row('DP5').result).toBe(3);
      budgets.push(row('DP23').result);
      const all = await t.http.get(`/indicators/${year}`).set('authorization', t.auth('management')).expect(200);
      expect(all.body.indicators.realisation.value).toBeGreaterThan(0.7);
      expect(all.body.indicators.realisation.value).toBeLessThan(1);
      expect(all.body.indicators['DP24.notGranted'].value).toBe(1);
    }
    expect(budgets[0]).toBeLessThan(budgets[1]);
    expect(budgets[1]).toBeLessThan(budgets[2]);
    const holders = await t.http.get('/mandate-holders').set('authorization', t.auth('adviser')).expect(200);
    expect(holders.body.items.every((h: { activeToday: boolean }) => h.activeToday)).toBe(true);
    const templates = await t.http.get(`/templates?consistentWith=${head}`).set('authorization', t.auth('adviser')).expect(200);
    expect(templates.body.items.map((x: { product: string }) => x.product).sort()).toEqual(['incentive', 'open-offer', 'tender']);
  });

  it('is not loaded again into a log that has events', async () => {
    const before = (await t.http.get('/health')).body.log.head;
    await t.close();
    t = await startTestApp({ now: '2019-11-28T10:00:00Z', demoData: true, dataDir: t.dataDir });
    expect(await recordedSince(t, before)).toEqual([]);
  });
});
