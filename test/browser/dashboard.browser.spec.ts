import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ARTIFACTS, collectPageErrors, flemish, launchChromium, text } from './browser.js';
import { recordDemoYears } from './dashboard-data.js';

interface Row {
  code: string;
  measure: string;
  targetText: string | null;
  targetTextEn: string | null;
  targetKind: string | null;
  estimate: { value: number; note: string | null } | null;
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
  /** A row by its measure: a plan code (2.13) can carry two. */
  const tr = (measure: string) => `#indicator-table tr[data-measure="${measure}"]`;
  const cell = (measure: string, col: string) => text(page, `${tr(measure)} td[data-col="${col}"] .value`);
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

  /** Every cell of the page's table against the API's raw numbers, formatted the Flemish way. */
  async function expectTableAsApi(year: number, asOf = '') {
    const api = await apiTable(year, asOf);
    expect(await page.locator('#indicator-table tbody tr').count()).toBe(api.rows.length);
    for (const row of api.rows) {
      expect({
        code: row.code,
        previous: await cell(row.measure, 'previous'),
        target: await text(page, `${tr(row.measure)} td[data-col="target"] .target-text`),
        result: await cell(row.measure, 'result'),
      }).toEqual({
        code: await page.locator(tr(row.measure)).getAttribute('data-code'),
        previous: shownAs(row.previous, row.unit, row.previous === null && row.unit === 'ratio'),
        target: row.targetText ?? '–',
        result: shownAs(row.result, row.unit, row.reason === 'no-data'),
      });
      // A target relative to last year also shows the value it comes to.
      if (row.targetKind === 'increaseOverPrevious' || row.targetKind === 'noLessThanPrevious')
        expect(await cell(row.measure, 'target')).toBe(flemish(row.target, row.unit));
      const met = await page.locator(`${tr(row.measure)} td[data-col="met"] .mark`).getAttribute('class');
      expect(met).toContain(row.met === null ? 'none' : row.met ? 'yes' : 'no');
      expect(await page.locator(`${tr(row.measure)} td[data-col="result"] .badge`).count()).toBe(
        row.provisional && row.result !== null ? 1 : 0,
      );
      const revised = page.locator(`${tr(row.measure)} td[data-col="result"] .revised`);
      expect(await revised.count()).toBe(row.revised === null ? 0 : 1);
      const estimate = page.locator(`${tr(row.measure)} td[data-col="result"] .estimate`);
      expect(await estimate.count()).toBe(row.estimate === null ? 0 : 1);
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

  it("shows a year in its business plan's codes (2017 style), targets in words, an estimate and the notes", async () => {
    const management = t.auth('management');
    const NOTE = 'de cijfers zijn beschikbaar vanaf het tweede kwartaal';
    const row = (code: string, nameNl: string, measures: string[], note?: string) => ({ code, nameNl, nameEn: nameNl, measures, note });
    await t.http
      .put('/plans/2015')
      .set('authorization', management)
      .send({
        rows: [
          row('2.11', 'Deelnemers', ['2.11']),
          row('2.12', 'Budget van de gunningen', ['DP23']),
          row('2.13', 'Uitbestedingen en organisaties', ['DP24', 'DP25'], 'twee cijfers onder één code'),
          row('2.14', 'Tevredenheid', ['DP26']),
        ],
      })
      .expect(200);
    await t.http
      .put('/targets/2015')
      .set('authorization', management)
      .send({ targets: { DP23: { atLeast: 1_500_000_00 }, DP24: { noLessThanPrevious: true }, DP26: { between: [0.8, 0.85] } } })
      .expect(200);
    await t.http
      .post('/indicators/2015/estimates')
      .set('authorization', management)
      .send({ code: '2.11', value: 11_000, note: NOTE })
      .expect(200);
    // Chosen after the writes: the page loads the year afresh.
    await page.selectOption('#year', '2015');
    await shown(2015);
    const codes = await page.locator('#indicator-table tbody tr').evaluateAll((trs) => trs.map((r) => (r as HTMLElement).dataset.code));
    expect(codes).toEqual(['2.11', '2.12', '2.13', '2.13', '2.14']);
    const api = await expectTableAsApi(2015);
    expect(api.rows.find((r) => r.measure === '2.11')?.estimate).toEqual({ value: 11_000, note: NOTE });
    expect(await text(page, `${tr('DP23')} td[data-col="target"] .target-text`)).toBe('≥ 1.500.000,00 €');
    expect(await text(page, `${tr('DP26')} td[data-col="target"] .target-text`)).toBe('80–85 %');
    expect(await text(page, `${tr('2.11')} td[data-col="result"] .estimate`)).toBe('± 11.000 (raming)1)');
    expect(await page.locator('#table-notes li').allTextContents()).toEqual([NOTE, 'twee cijfers onder één code']);
    expect(await text(page, '.tile[data-measure="DP25"] .code')).toBe('2.13');
    expect(await text(page, '.tile[data-measure="DP23"]')).toContain('streefwaarde ≥ 1.500.000,00 €');
    await shot('2015-plan-2017-style');
    // In English: the same codes, the targets in English words with the agency's Flemish figures.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await shown(2015, '', 'en');
    expect(await page.locator('#indicator-table tbody tr').evaluateAll((trs) => trs.map((r) => (r as HTMLElement).dataset.code))).toEqual(
      codes,
    );
    expect(await text(page, `${tr('DP24')} td[data-col="target"] .target-text`)).toBe('≥ previous year');
    expect(api.rows.find((r) => r.measure === 'DP24')?.targetTextEn).toBe('≥ previous year');
    expect(await text(page, `${tr('DP23')} td[data-col="target"] .target-text`)).toBe('≥ 1.500.000,00 €');
    await shot('2015-plan-2017-style-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await shown(2015);
  });

  it('reported no script errors, refused resources or network beyond the service', () => {
    expect(errors).toEqual([]);
  });
});
