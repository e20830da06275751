import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { grantHolders, HOLDERS } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seriousViolations } from './axe.js';
import { ARTIFACTS, collectPageErrors, launchChromium, text } from './browser.js';

/**
 * An adviser runs a call in the workspace from launch to payment, a refusal lands beside the amount, the
 * dashboard counts the award, and an inspector reads the call's history and the call as it was before.
 */
describe('the workspace in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let callId = '';
  let awardId = '';
  let templateId = '';
  const { syntra, unizo } = HOLDERS;

  beforeAll(async () => {
    t = await startTestApp({ now: '2016-02-01T09:00:00Z' });
    await grantHolders(t, 'syntra', 'unizo');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
    errors = collectPageErrors(page);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const ready = (path: string) => page.waitForSelector(`#page[data-shown^="${path}"]`);
  /** Every page is checked by axe and photographed. */
  async function check(name: string) {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `workspace-${name}.png`), fullPage: true });
  }
  const signIn = async (role: 'adviser' | 'inspector', sub: string) => {
    await page.waitForSelector('body[data-state="signed-out"]');
    await page.getByLabel('Toegangstoken').fill(t.auth(role, { sub }).replace(/^Bearer /, ''));
    await page.getByRole('button', { name: 'Aanmelden' }).click();
  };
  const form = (name: string) => page.locator(`form[data-form="${name}"]`);

  it('signs an adviser in and lists the calls, bookmarkably', async () => {
    await page.goto(`${t.baseUrl}/app`);
    await check('sign-in');
    await signIn('adviser', 'ann');
    await ready('/app/calls');
    expect(await text(page, '#who')).toBe('ann · regie-adviseur');
    expect(await page.locator('#calls-table tbody tr').count()).toBe(0);
    await check('calls-empty');
  });

  it('launches a tender from a template: the form starts from it, lots added and removed, weights summed live, the form wins', async () => {
    const template = await t.http
      .post('/templates')
      .set('authorization', t.auth('adviser'))
      .send({
        product: 'tender',
        name: 'Tender digitale vaardigheden',
        defaults: {
          contactAdviser: 'Ann Peeters',
          awardCriteria: [
            { name: 'kwaliteit', weight: 60 },
            { name: 'prijs', weight: 40 },
          ],
          lots: [{ number: 1, title: 'Perceel 1', budgetCents: 90_000_00 }],
        },
      })
      .expect(201);
    templateId = template.body.templateId;
    await page.getByRole('link', { name: 'Nieuwe oproep' }).first().click();
    await ready('/app/calls/new');
    await form('launch').getByLabel('Sjabloon').selectOption({ label: 'Tender digitale vaardigheden (versie 1)' });
    await page.waitForSelector(`#template-picker[data-template="${templateId}"]`);
    expect(page.url()).toBe(`${t.baseUrl}/app/calls/new?product=tender&template=${templateId}`);
    expect(await text(page, '#weights-sum')).toBe('Som van de gewichten: 100 / 100');
    const launch = form('launch');
    await launch.getByLabel('Gewicht').first().fill('50');
    expect(await text(page, '#weights-sum')).toBe('Som van de gewichten: 90 / 100');
    await launch.getByLabel('Gewicht').first().fill('60');
    await launch.getByLabel('Titel', { exact: true }).fill('Digitale vaardigheden voor zelfstandigen');
    await launch.getByLabel('Publicatiedatum').fill('2016-02-01');
    await launch.getByLabel('Uiterste datum voor offertes').fill('2016-02-29');
    await launch.getByLabel('Publicatiereferentie').fill('BDA-2016-000123');
    expect(await launch.getByLabel('Contactpersoon regie').inputValue()).toBe('Ann Peeters');
    expect(await launch.getByLabel('Titel perceel').first().inputValue()).toBe('Perceel 1');
    expect(await launch.getByLabel('Budget (€)').first().inputValue()).toBe('90.000,00');
    await launch.getByRole('button', { name: 'Perceel toevoegen' }).click();
    await launch.getByRole('button', { name: 'Perceel toevoegen' }).click();
    expect(await launch.getByLabel('Titel perceel').count()).toBe(3);
    await launch.locator('fieldset[data-path="lots"] .repeat-row').nth(2).getByRole('button', { name: 'Verwijderen' }).click();
    await launch.getByLabel('Titel perceel').nth(0).fill('Perceel 1');
    await launch.getByLabel('Budget (€)').nth(0).fill('100.000,00');
    await launch.getByLabel('Titel perceel').nth(1).fill('Perceel 2');
    await launch.getByLabel('Budget (€)').nth(1).fill('80.000');
    await check('new-call');
    await launch.getByRole('button', { name: 'Lanceren' }).click();
    await page.waitForSelector('#page[data-shown^="/app/calls/"] [data-call]');
    callId = (await page.locator('[data-call]').getAttribute('data-call')) ?? '';
    expect(page.url()).toBe(`${t.baseUrl}/app/calls/${callId}`);
    const call = (await t.http.get(`/outsourcings/${callId}`).set('authorization', t.auth('adviser')).expect(200)).body;
    expect(call.lots).toEqual([
      { number: 1, title: 'Perceel 1', budgetCents: 100_000_00 },
      { number: 2, title: 'Perceel 2', budgetCents: 80_000_00 },
    ]);
    expect(call.offersDueOn).toBe('2016-02-29');
    expect(call.template).toEqual({ id: templateId, version: 1 });
    expect(await text(page, '#offers-sealed')).toContain('0 offerte(s) ingediend');
    await check('call-launched');
  });

  it('keeps two holders’ offers sealed until the deadline, showing only their count', async () => {
    const offer = (holder: { readonly enterpriseNumber: string; readonly name: string }, sub: string, amountCents: number) =>
      t.http
        .post(`/outsourcings/${callId}/offers`)
        .set('authorization', t.auth('mandate-holder', { sub, org: holder.enterpriseNumber }))
        .send({
          lot: 1,
          amountCents,
          answers: [
            { criterion: 'kwaliteit', text: `Het plan van ${holder.name}` },
            { criterion: 'prijs', text: 'Alles inbegrepen' },
          ],
        })
        .expect(201);
    await offer(syntra, 'syntra-sofie', 90_000_00);
    await offer(unizo, 'unizo-umit', 85_000_00);
    await page.reload();
    await ready(`/app/calls/${callId}`);
    expect(await text(page, '#offers-count')).toBe('2');
    expect(await text(page, '#offers-sealed')).toContain('2 offerte(s) ingediend');
    expect(await page.locator('#offers-table').count()).toBe(0);
    await check('call-sealed');
  });

  it('after the deadline shows both offers, and the jury scores them into a ranking', async () => {
    t.clock.set('2016-04-01T09:00:00Z');
    await page.reload();
    await ready(`/app/calls/${callId}`);
    expect(await page.locator('#offers-table tbody tr').count()).toBe(2);
    expect(await text(page, '#offers-table')).toContain('90.000,00 €');
    const score = async (n: number, quality: string, price: string) => {
      const jury = form(`score-${n}`);
      await jury.getByLabel('Jurylid', { exact: true }).fill('Jan Jury');
      await jury.getByLabel('Score kwaliteit (gewicht 60)').fill(quality);
      await jury.getByLabel('Score prijs (gewicht 40)').fill(price);
      await jury.getByRole('button', { name: 'Scores bewaren' }).click();
      await page.waitForSelector(`#ranking tr[data-rank="${n}"]`);
    };
    await form('score-1').getByLabel('Score kwaliteit (gewicht 60)').fill('11');
    await form('score-1').getByRole('button', { name: 'Scores bewaren' }).click();
    expect(await text(page, '[data-form="score-1"] [data-path="scores.0.score"] .field-error')).toBe(
      'Geef een score van 0 tot 10, bv. 7,5.',
    );
    await score(1, '9', '8');
    await score(2, '6,5', '7');
    const ranked = await page
      .locator('#ranking tbody tr')
      .evaluateAll((rows) => rows.map((row) => [(row as HTMLElement).dataset.rank, row.querySelector('td')?.textContent]));
    expect(ranked).toEqual([
      ['1', `${syntra.name} (${syntra.enterpriseNumber})`],
      ['2', `${unizo.name} (${unizo.enterpriseNumber})`],
    ]);
    expect(await text(page, '#ranking tbody tr:first-child')).toContain('86');
    expect(await page.locator('#jury-report-link').getAttribute('download')).toBe('juryverslag-BDA-2016-000123.html');
    await check('call-scored');
  });

  it('shows the budget rule beside the amount, the motivation rule beside the motivation, then awards the first offer', async () => {
    const award = form('award');
    await award.getByLabel('Mandaathouder').selectOption(unizo.enterpriseNumber);
    await award.getByLabel('Perceel').selectOption('2');
    await award.getByLabel('Bedrag (€)').fill('150.000,00');
    await award.getByLabel('Motivering van de jury').fill('Beste prijs-kwaliteit voor de doelgroep');
    await award.getByLabel('Jurylid', { exact: true }).fill('Jan Jury');
    await award.getByRole('button', { name: 'Gunnen' }).click();
    const beside = award.locator('[data-path="amountCents"] .field-error');
    await beside.waitFor();
    expect(await beside.textContent()).toBe('Het bedrag is hoger dan wat er van het budget overblijft: nog 80.000,00 €.');
    expect(await award.locator('[data-path="amountCents"] input').getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, '[data-form="award"] .error-summary')).toContain('Geweigerd volgens de regels');
    await check('call-award-refused');
    const fromOffer = form('award-offer');
    await fromOffer
      .getByLabel('Offerte')
      .selectOption({ label: `Perceel 1 · Rang 2 · ${unizo.name} (${unizo.enterpriseNumber}) · 85.000,00 €` });
    await fromOffer.getByRole('button', { name: 'Gunnen' }).click();
    const why = fromOffer.locator('[data-path="motivation"] .field-error');
    await why.waitFor();
    expect(await why.textContent()).toBe('Deze offerte staat niet als eerste gerangschikt: zeg in de motivering waarom ze gekozen wordt.');
    await check('call-motivation-refused');
    await fromOffer
      .getByLabel('Offerte')
      .selectOption({ label: `Perceel 1 · Rang 1 · ${syntra.name} (${syntra.enterpriseNumber}) · 90.000,00 €` });
    await fromOffer.getByRole('button', { name: 'Gunnen' }).click();
    await page.waitForSelector('#awards-table tbody tr');
    expect(await text(page, '#awards-table tbody tr')).toContain('90.000,00 €');
    await check('call-awarded');
  });

  it('records a payment on the award', async () => {
    await page.locator('#awards-table a').first().click();
    await page.waitForSelector('#page [data-award]');
    await form('payment').getByLabel('Bedrag (€)').fill('40.000,00');
    // The first answer is lost on its way back: the service recorded the payment, the page does not know.
    const keys: string[] = [];
    await page.route('**/awards/*/payments', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await form('payment').getByRole('button', { name: 'Registreren' }).click();
    await page.waitForSelector('[data-form="payment"] .error-summary:not([hidden])');
    expect(await text(page, '[data-form="payment"] .error-summary')).toContain('hetzelfde verzoek wordt maar één keer geregistreerd');
    // The retry, with a double click: the button is disabled while in flight, and the key is the first one.
    await form('payment').getByRole('button', { name: 'Registreren' }).dblclick();
    await page.waitForSelector('#payments-table tbody tr');
    await page.unroute('**/awards/*/payments');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await page.locator('#payments-table tbody tr').count()).toBe(1);
    expect(await text(page, '#payments-table tbody tr')).toContain('40.000,00 €');
    expect(await text(page, '#award-money dt:text-is("Betaald") + dd')).toBe('40.000,00 €');
    awardId = (await page.locator('[data-award]').getAttribute('data-award')) ?? '';
    const award = (await t.http.get(`/awards/${awardId}`).set('authorization', t.auth('adviser')).expect(200)).body;
    expect(award.payments).toHaveLength(1);
    await check('award');
  });

  it('lists holders, a holder and the supervision of the year', async () => {
    const { vokans } = HOLDERS;
    await t.http
      .post('/mandate-applications')
      .set('authorization', t.auth('applicant', { org: vokans.enterpriseNumber }))
      .send({
        enterpriseNumber: vokans.enterpriseNumber,
        name: vokans.name,
        email: vokans.email,
        basis: 'experience',
        motivation: 'Twintig jaar opleidingen voor kmo’s.',
      })
      .expect(201);
    await page.getByRole('link', { name: 'Mandaathouders' }).click();
    await ready('/app/holders');
    expect(await page.locator('#holders-table tbody tr').count()).toBe(2);
    expect(await text(page, '#applications-table tbody tr')).toContain('Twintig jaar opleidingen');
    await check('holders-application');
    await form('approve-application').getByRole('button', { name: 'Goedkeuren' }).click();
    await page.waitForSelector('#holders-table tbody tr:nth-child(3)');
    expect(await text(page, '#applications')).toContain('Geen aanvragen die op een beslissing wachten.');
    await check('holders');
    await page.getByRole('link', { name: vokans.name }).click();
    await ready(`/app/holders/${vokans.enterpriseNumber}`);
    expect(await text(page, '#holder-applications tbody tr')).toContain('goedgekeurd');
    await page.goto(`${t.baseUrl}/app/holders/${syntra.enterpriseNumber}`);
    await ready(`/app/holders/${syntra.enterpriseNumber}`);
    expect(await text(page, '#notices-enabled')).toBe('ja');
    await form('notification-preferences').getByLabel('berichten ook per e-mail sturen').uncheck();
    await form('notification-preferences').getByRole('button', { name: 'Bewaren' }).click();
    await page.waitForSelector('#notices-enabled:text-is("nee, alleen in de feed")');
    await check('holder');
    await page.goto(`${t.baseUrl}/app/supervision/2016`);
    await ready('/app/supervision/2016');
    expect(await text(page, '#supervision-table tbody')).toContain('90.000,00 €');
    await check('supervision');
  });

  it("shows the award in the dashboard's DP23", async () => {
    await page.goto(`${t.baseUrl}/#year=2016`);
    await page.waitForSelector('#dashboard[data-shown="2016||nl"]');
    expect(await text(page, '#indicator-table tr[data-code="DP23"] td[data-col="result"] .value')).toBe('90.000,00 €');
    await page.screenshot({ path: join(ARTIFACTS, 'workspace-dashboard-dp23.png'), fullPage: true });
  });

  it("lets an inspector read the call's history with every actor, and the call as it was before the award", async () => {
    await page.goto(`${t.baseUrl}/app/calls`);
    await ready('/app/calls');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await signIn('inspector', 'ivo');
    await ready('/app/calls');
    await page.goto(`${t.baseUrl}/app/history?kind=call&id=${callId}`);
    await ready('/app/history');
    const steps = page.locator('#history-events > li');
    expect(
      await steps.evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.type, (li as HTMLElement).dataset.actor])),
    ).toEqual([
      ['OutsourcingLaunched', 'ann'],
      ['OfferSubmitted', 'syntra-sofie'],
      ['OfferSubmitted', 'unizo-umit'],
      ['OfferScored', 'ann'],
      ['OfferScored', 'ann'],
      ['AwardGranted', 'ann'],
    ]);
    expect(await text(page, '#history-events > li:nth-child(2)')).toContain('Offerte van 0123.456.749 voor 90.000,00 €');
    expect(await text(page, '#history-events > li:nth-child(4)')).toContain('Scores van Jan Jury: kwaliteit 9, prijs 8');
    expect(await text(page, '#history-events > li:nth-child(6)')).toContain('Gegund aan 0123.456.749 voor 90.000,00 €');
    expect(await text(page, '#history-events > li:nth-child(6)')).toContain('door ann (regie-adviseur)');
    expect(await text(page, '#integrity')).toMatch(/^Intact tot positie \d+\.$/);
    await check('history');
    await page.getByLabel(/Zoals het was op/).fill('2016-03-01');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.waitForSelector('#as-of-view[data-as-of="2016-03-01"]');
    expect(await text(page, '#as-of-view')).toContain('gelanceerd');
    expect(await text(page, '#as-of-view')).toContain('Nog geen.');
    await page.locator('#history-events > li').first().locator('summary').click();
    expect(await text(page, '#history-events > li:first-child pre')).toContain('"type": "OutsourcingLaunched"');
    await check('history-as-of');
    await page.getByRole('link', { name: 'Geschiedenis', exact: true }).click();
    await page.getByRole('combobox', { name: 'Geschiedenis van' }).selectOption('award');
    await page.getByLabel(/^Kenmerk/).fill(awardId);
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.waitForSelector('#page[data-shown*="kind=award"] #history-events');
    expect(await steps.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.type))).toEqual([
      'AwardGranted',
      'PaymentRecorded',
    ]);
    expect(await text(page, '#history-events > li:nth-child(2)')).toContain('Betaling van 40.000,00 € op 1 april 2016');
    await page.goto(`${t.baseUrl}/app/history?kind=holder&id=${syntra.enterpriseNumber}`);
    await ready('/app/history');
    expect(await steps.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.type))).toEqual([
      'MandateGranted',
      'OfferSubmitted',
      'AwardGranted',
      'PaymentRecorded',
      'NotificationPreferencesSet',
    ]);
    expect(await text(page, '#history-events > li:nth-child(5)')).toContain('Berichtvoorkeuren: alleen in de feed (info@syntra.test)');
    await check('history-holder');
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForSelector('#page[data-shown$="|en"]');
    expect(await text(page, '#page h1')).toBe('History');
    await check('history-en');
  });

  it('reported no script errors, refused resources or network beyond the service', () => {
    // The browser logs every non-2xx answer; the award above the budget and the unmotivated second offer are refused on purpose.
    const refusal = 'console: Failed to load resource: the server responded with a status of 409 (Conflict)';
    // And the payment's first answer is cut off on purpose, once.
    const lost = (e: string) => /ERR_CONNECTION_RESET|net::ERR_FAILED/.test(e) && (e.includes('/payments') || e.startsWith('console:'));
    expect(errors.filter((e) => e !== refusal && !lost(e))).toEqual([]);
    expect(errors.filter(lost).length).toBeLessThanOrEqual(2);
    expect(errors.filter((e) => e === refusal)).toHaveLength(2);
  });
});
