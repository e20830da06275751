import { LoopbackSmtp } from '../support/loopback-smtp.js';
import { grantHolders, HOLDERS, jury, post } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

const SYNTRA = HOLDERS.syntra.enterpriseNumber;
const UNIZO = HOLDERS.unizo.enterpriseNumber;
const VOKANS = HOLDERS.vokans.enterpriseNumber;
const LAUNCH_DAY = '2016-02-10T10:00:00Z';
// offersDueOn 2016-03-01 is due by its end in Brussels.
const AFTER_DEADLINE = '2016-03-02T08:00:00Z';

const tenderTemplate = {
  product: 'tender',
  name: 'Tender digitale vaardigheden',
  defaults: {
    contactAdviser: 'Ann Peeters',
    publicationRef: 'BDA-2016-000321',
    innovative: true,
    innovationKinds: ['product'],
    targetGroups: ['starters of foreign origin'],
    awardCriteria: [
      { name: 'quality', weight: 60 },
      { name: 'price', weight: 40 },
    ],
    lots: [1, 2].map((number) => ({ number, title: `Perceel ${number}`, budgetCents: 100_000_00 })),
  },
};

const answers = [
  { criterion: 'quality', text: 'Twaalf workshops met coaching op de werkvloer' },
  { criterion: 'price', text: 'Alles inbegrepen, ook het lesmateriaal' },
];

/**
 * The process end to end, over real HTTP with a real SMTP server on loopback: a template, a
 * tender launched from it with a deadline, a mail to every active holder, two sealed offers on lot 1,
 * the jury's scores after the deadline, the ranking, the award from the first offer, the jury report
 * and DP23. Each step reads what the previous one wrote through the API, never the store.
 */
describe('the call process, from template to DP23', () => {
  let smtp: Awaited<ReturnType<typeof LoopbackSmtp.start>>;
  let t: TestApp;
  const as = (role: Parameters<TestApp['auth']>[0], org?: string) => t.auth(role, org ? { org } : {});
  const health = async () => (await t.http.get('/health').expect(200)).body.notices as { backlog: number; sent: number };

  beforeAll(async () => {
    smtp = await LoopbackSmtp.start();
    t = await startTestApp({ now: LAUNCH_DAY, config: { smtpUrl: smtp.url, mailFrom: 'regie@daeb.test', smtpRetryBaseMs: 20 } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('runs template → launch → notices → offers → scores → ranking → award → jury report → DP23', async () => {
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
    await post(t, `/mandate-holders/${VOKANS}/suspend`, { reason: 'geen lesgever aanwezig', effectiveOn: '2016-02-05' }, 200);

    const template = await post(t, '/templates', tenderTemplate);
    const launched = await post(t, '/outsourcings', {
      templateId: template.templateId,
      title: 'Digitale vaardigheden voor starters',
      launchedOn: '2016-02-10',
      offersDueOn: '2016-03-01',
    });
    const id = launched.id as string;
    const call = `/outsourcings/${id}`;
    const read = await t.http.get(`${call}?consistentWith=${launched.position}`).set('authorization', as('adviser')).expect(200);
    expect(read.body).toMatchObject({ template: { id: template.templateId, version: 1 }, offersDueOn: '2016-03-01' });

    // One mail per holder active on the launch day, none to the suspended one, and no mail twice.
    await until('an empty outbox', health, (notices) => notices.backlog === 0 && notices.sent === 2);
    expect(smtp.accepted.flatMap((mail) => mail.to).sort()).toEqual([HOLDERS.unizo.email, HOLDERS.syntra.email].sort());
    for (const mail of smtp.accepted) {
      expect(mail.subject).toBe('Nieuwe oproep (tender): Digitale vaardigheden voor starters');
      for (const part of ['Ann Peeters', 'BDA-2016-000321', 'Deadline voor offertes: 2016-03-01']) expect(mail.raw).toContain(part);
    }

    // Before the deadline the call is not decided: no direct award, and the offers are sealed.
    const direct = { lot: 1, enterpriseNumber: SYNTRA, amountCents: 50_000_00, juryReport: jury };
    const early = await t.http.post(`${call}/awards`).set('authorization', as('adviser')).send(direct).expect(409);
    expect(early.body.code).toBe('OFFERS_STILL_OPEN');
    const offer = (holder: string, amountCents: number) =>
      t.http.post(`${call}/offers`).set('authorization', as('mandate-holder', holder)).send({ lot: 1, amountCents, answers }).expect(201);
    const syntras = (await offer(SYNTRA, 90_000_00)).body.offerId as string;
    const unizos = (await offer(UNIZO, 85_000_00)).body.offerId as string;
    expect((await t.http.get(`${call}/offers`).set('authorization', as('adviser')).expect(200)).body).toMatchObject({
      sealed: true,
      count: 2,
    });

    t.clock.set(AFTER_DEADLINE);
    const score = (offerId: string, member: string, external: boolean, [quality, price]: [number, number]) =>
      t.http
        .post(`${call}/offers/${offerId}/scores`)
        .set('authorization', as('adviser'))
        .send({
          member,
          external,
          scores: [
            { criterion: 'quality', score: quality },
            { criterion: 'price', score: price },
          ],
        })
        .expect(201);
    await score(syntras, 'Jan Claes', true, [9, 8]);
    await score(syntras, 'An Peeters', false, [8, 8]);
    await score(unizos, 'Jan Claes', true, [6, 7]);
    await score(unizos, 'An Peeters', false, [7, 7]);

    // (8.5 × 60 + 8 × 40) / 10 = 83 and (6.5 × 60 + 7 × 40) / 10 = 67.
    const ranking = await t.http.get(`${call}/ranking`).set('authorization', as('inspector')).expect(200);
    const lot1 = ranking.body.lots.find((lot: { lot: number }) => lot.lot === 1);
    expect(
      lot1.offers.map((o: { offerId: string; score: number; rank: number; tied: boolean }) => [o.offerId, o.score, o.rank, o.tied]),
    ).toEqual([
      [syntras, 83, 1, false],
      [unizos, 67, 2, false],
    ]);

    const awarded = await t.http.post(`${call}/awards`).set('authorization', as('adviser')).send({ offerId: syntras }).expect(201);
    const rescore = await t.http
      .post(`${call}/offers/${unizos}/scores`)
      .set('authorization', as('adviser'))
      .send({
        member: 'Jan Claes',
        scores: [
          { criterion: 'quality', score: 10 },
          { criterion: 'price', score: 10 },
        ],
      })
      .expect(409);
    expect(rescore.body.code).toBe('LOT_ALREADY_AWARDED');
    const after = await t.http.get(`${call}?consistentWith=${awarded.body.position}`).set('authorization', as('adviser')).expect(200);
    expect(after.body.awards).toEqual([
      expect.objectContaining({ lot: 1, enterpriseNumber: SYNTRA, amountCents: 90_000_00, awardedOn: '2016-03-02' }),
    ]);

    const report = await t.http
      .get(`${call}/jury-report`)
      .set('authorization', as('inspector'))
      .expect(200)
      .expect('content-type', /text\/html/);
    for (const part of [
      'Syntra Test',
      'Unizo Opleidingen',
      'Jan Claes (extern)',
      '83,00/100',
      '67,00/100',
      'Jan Claes: 9,00',
      'An Peeters: 7,00',
    ])
      expect(report.text).toContain(part);
    expect(report.text).toContain('Eerst gerangschikte offerte op perceel 1');

    const head = (await t.http.get('/health').expect(200)).body.log.head;
    const indicators = await t.http.get(`/indicators/2016?consistentWith=${head}`).set('authorization', as('management')).expect(200);
    expect(indicators.body.indicators.DP23).toEqual({ value: 90_000_00, unit: 'EUR-cents' });
    expect(indicators.body.indicators.DP24.value).toBe(1);
  });

  it('describes the process at the top of /docs', async () => {
    const description = (await t.http.get('/docs-json').expect(200)).body.info.description as string;
    const steps = ['Template', 'Launch', 'Notices', 'Offers', 'Scoring', 'Ranking', 'Award', 'Jury report'];
    expect(steps.map((step) => description.indexOf(`**${step}**`))).toEqual(
      [...steps.map((step) => description.indexOf(`**${step}**`))].sort((a, b) => a - b),
    );
    expect(steps.every((step) => description.includes(`**${step}**`))).toBe(true);
  });
});
