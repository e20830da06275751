import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ARTIFACTS, collectPageErrors, flemish, launchChromium, text } from './browser.js';
import { recordDemoYears } from './dashboard-data.js';

interface Row {
  code: string;
  unit: string;
  previous: number | null;
  target: number | null;
  result: number | null;
  met: boolean | null;
  provisional: boolean;
  reason: 'no-data' | null;
  revised: number | null;
}

/** What the page shows for a figure: a ratio with nothing to divide in words, never 0 %. */
const shownAs = (value: number | null, unit: string, noData: boolean) => (noData ? 'niet beschikbaar' : flemish(value, unit));

describe('the management dashboard in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let incentive2016: { id: string; awardId: string };

  beforeAll(async () => {
    t = await startTestApp({ now: '2015-01-10T09:00:00Z' });
    ({ incentive2016 } = await recordDemoYears(t));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
    errors = collectPageErrors(page);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const head = async () => (await t.http.get('/health')).body.log.head;
  const apiTable = async (year: number, asOf = '') =>
    (
      await t.http
        .get(`/indicators/${year}/table?consistentWith=${await head()}${asOf ? `&asOf=${asOf}` : ''}`)
        .set('authorization', t.auth('management'))
        .expect(200)
    ).body as { rows: Row[] };
  const shown = (year: number, asOf = '', lang = 'nl') => page.waitForSelector(`#dashboard[data-shown="${year}|${asOf}|${lang}"]`);
  const cell = (code: string, col: string) => text(page, `#indicator-table tr[data-code="${code}"] td[data-col="${col}"] .value`);
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

  /** Every cell of the page's table against the API's raw numbers, formatted the Flemish way. */
  async function expectTableAsApi(year: number, asOf = '') {
    const api = await apiTable(year, asOf);
    expect(await page.locator('#indicator-table tbody tr').count()).toBe(api.rows.length);
    for (const row of api.rows) {
      expect({
        code: row.code,
        previous: await cell(row.code, 'previous'),
        target: await cell(row.code, 'target'),
        result: await cell(row.code, 'result'),
      }).toEqual({
        code: row.code,
        previous: shownAs(row.previous, row.unit, row.previous === null && row.unit === 'ratio'),
        target: flemish(row.target, row.unit),
        result: shownAs(row.result, row.unit, row.reason === 'no-data'),
      });
      const met = await page.locator(`#indicator-table tr[data-code="${row.code}"] td[data-col="met"] .mark`).getAttribute('class');
      expect(met).toContain(row.met === null ? 'none' : row.met ? 'yes' : 'no');
      expect(await page.locator(`#indicator-table tr[data-code="${row.code}"] td[data-col="result"] .badge`).count()).toBe(
        row.provisional && row.result !== null ? 1 : 0,
      );
      const revised = page.locator(`#indicator-table tr[data-code="${row.code}"] td[data-col="result"] .revised`);
      expect(await revised.count()).toBe(row.revised === null ? 0 : 1);
    }
    return api;
  }

  it('signs in with a token and shows the latest year as the API computes it', async () => {
    await page.goto(`${t.baseUrl}/`);
    await page.waitForSelector('body[data-state="signed-out"]');
    await shot('sign-in');
    await page.getByLabel('Toegangstoken').fill(t.auth('management', { sub: 'ann' }).replace(/^Bearer /, ''));
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await shown(2016);
    expect(await text(page, '#who')).toBe('ann · directie');
    const api = await expectTableAsApi(2016);
    expect(await cell('DP23', 'result')).toBe('1.166.848,34 €');
    expect(api.rows.find((r) => r.code === 'DP23')).toMatchObject({ result: 1_166_848_34, target: 1_300_000_00, met: false });
    expect(await text(page, '#indicator-table caption')).toBe('Indicatoren 2016 tegenover de streefwaarden');
    await shot('2016');
  }, 30_000);

  it('shows what the service knew on an earlier day', async () => {
    await page.fill('#as-of', '2016-06-30');
    await shown(2016, '2016-06-30');
    await expectTableAsApi(2016, '2016-06-30');
    expect(await cell('DP23', 'result')).toBe('858.348,34 €');
    expect(await text(page, '#status')).toContain('30 juni 2016');
    await page.locator('#as-of').blur();
    await shot('2016-as-of-2016-06-30');
  });

  it('switches year, back to today, and to English', async () => {
    await page.selectOption('#year', '2015');
    await shown(2015, '2016-06-30');
    await expectTableAsApi(2015, '2016-06-30');
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await shown(2015);
    await expectTableAsApi(2015);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await shown(2015, '', 'en');
    expect(await text(page, '#indicator-table caption')).toBe('Indicators 2015 against targets');
    expect(await text(page, '#indicator-table thead')).toContain('Result 2014');
    expect(await cell('DP23', 'result')).toBe('949.750,50 €');
    await shot('2015-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await shown(2015);
  });

  it('drills down from the budget to the awards behind it, and from organisations to the holders', async () => {
    await page.selectOption('#year', '2016');
    await shown(2016);
    await page.locator('#indicator-table tr[data-code="DP23"] button.drill').click();
    await page.waitForSelector('#drill[open][data-kind="budget"]');
    expect(await text(page, '#drill-title')).toBe('Toegekend budget 2016: de gunningen');
    expect(await text(page, '#drill-products tfoot td:nth-child(3)')).toBe('1.166.848,34 €');
    expect(await text(page, '#drill-holders tfoot td:nth-child(3)')).toBe('1.166.848,34 €');
    expect(await page.locator('#drill-products tbody tr').count()).toBe(3);
    expect(await page.locator('#drill-holders tbody tr').count()).toBe(3);
    expect(await page.locator('#drill-awards tbody tr').count()).toBe(4);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-drill-budget-2016.png') });
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await page.locator('#indicator-table tr[data-code="DP25"] button.drill').click();
    await page.waitForSelector('#drill[open][data-kind="holders"]');
    expect(await page.locator('#drill-organisations tbody tr').count()).toBe(3);
    expect(await text(page, '#drill-organisations tbody')).toContain('Vokans');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-drill-holders-2016.png') });
    await page.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('shows satisfaction without evaluations as not available, and a closed year corrected afterwards beside its published figure', async () => {
    const management = t.auth('management');
    await t.http.post('/indicators/2016/close').set('authorization', management).expect(200);
    t.clock.set('2017-02-02T09:00:00Z');
    await t.http
      .post(`/outsourcings/${incentive2016.id}/awards/${incentive2016.awardId}/amend`)
      .set('authorization', t.auth('adviser'))
      .send({ amountCents: 180_000_00, reason: 'een workshop minder' })
      .expect(200);
    await page.reload();
    await shown(2016);
    const api = await expectTableAsApi(2016);
    expect(api.rows.find((r) => r.code === 'DP26')).toMatchObject({ result: null, reason: 'no-data', met: null });
    expect(api.rows.find((r) => r.code === 'DP23')).toMatchObject({ result: 1_166_848_34, revised: 1_158_848_34, provisional: false });
    expect(await cell('DP26', 'result')).toBe('niet beschikbaar');
    expect(await cell('DP23', 'result')).toBe('1.166.848,34 €');
    expect(await text(page, '#indicator-table tr[data-code="DP23"] td[data-col="result"] .revised')).toBe(
      'gecorrigeerd na afsluiting: 1.158.848,34 €',
    );
    expect(await text(page, '.tile[data-code="DP23"]')).toContain('gecorrigeerd na afsluiting: 1.158.848,34 €');
    expect(await text(page, '#status')).toContain('Definitief');
    expect(await text(page, '#indicator-table tr[data-code="DP26"]')).not.toContain('%');
    expect(await page.locator('#chart-satisfaction').evaluate((c) => (c.closest('.canvas') as HTMLElement).dataset.empty)).toBe(
      'niet beschikbaar',
    );
    await shot('2016-closed-revised');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await shown(2016, '', 'en');
    expect(await cell('DP26', 'result')).toBe('not available');
    expect(await text(page, '#indicator-table tr[data-code="DP23"] td[data-col="result"] .revised')).toBe(
      'corrected after closing: 1.158.848,34 €',
    );
    await shot('2016-closed-revised-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await shown(2016);
  });

  it('reported no script errors, refused resources or network beyond the service', () => {
    expect(errors).toEqual([]);
  });
});
