import { holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { award, grantHolders, HOLDERS, incentive, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const plan = (code: string, nameNl: string, nameEn: string, measures: string[], note?: string) => ({
  code,
  nameNl,
  nameEn,
  measures,
  ...(note === undefined ? {} : { note }),
});

const PLAN_2016 = [
  plan('DP23', 'Toegekend budget', 'Granted budget', ['DP23']),
  plan('DP24', 'Gelanceerde uitbestedingen', 'Outsourcings launched', ['DP24']),
  plan('DP25', 'Organisaties met een gunning', 'Organisations awarded', ['DP25']),
  plan('DP26', 'Tevredenheid', 'Satisfaction', ['DP26']),
  plan('DP5', 'Innovatieve uitbestedingen', 'Innovative outsourcings', ['DP5']),
  plan('DP6', 'Innovatief budget', 'Innovative budget', ['DP6']),
  plan('DP7', 'Innovatieve deelnemers', 'Innovative participants', ['DP7']),
];

const PLAN_2017 = [
  plan('2.11', 'Deelnemers', 'Participants', ['2.11'], 'de cijfers van 2016 zijn beschikbaar vanaf het tweede kwartaal van 2017'),
  plan('2.12', 'Budget van de gunningen', 'Budget of the granted awards', ['DP23']),
  plan('2.13', 'Uitbestedingen en organisaties', 'Outsourcings and organisations', ['DP24', 'DP25']),
  plan('2.14', 'Tevredenheid (score 7 of meer)', 'Satisfaction (score 7 or more)', ['DP26']),
];

describe('the business plan per year: its codes, targets in its words (HTTP)', () => {
  let t: TestApp;
  let tenderAward2016: string;
  let award2017: string;
  const management = () => t.auth('management');
  const table = async (year: number, accept = 'application/json') =>
    t.http.get(`/indicators/${year}/table`).set('authorization', management()).set('accept', accept).expect(200);

  /** 2016: 140 000,00 € granted to two organisations over two calls, closed, then amended down to 135 000,00 €. */
  beforeEach(async () => {
    t = await startTestApp({ now: '2016-06-15T10:00:00Z' });
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
    const call = await post(t, '/outsourcings', tender());
    tenderAward2016 = (await post(t, `/outsourcings/${call.id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 90_000_00, { lot: 1 })))
      .awardId;
    const { id } = await post(t, '/outsourcings', incentive());
    const { awardId } = await post(t, `/outsourcings/${id}/awards`, award(HOLDERS.unizo.enterpriseNumber, 50_000_00));
    await t.http.put('/plans/2016').set('authorization', management()).send({ rows: PLAN_2016 }).expect(200);
    t.clock.set('2017-02-01T10:00:00Z');
    await t.http.post('/indicators/2016/close').set('authorization', management()).expect(200);
    t.clock.set('2017-02-02T10:00:00Z');
    await post(t, `/outsourcings/${id}/awards/${awardId}/amend`, { amountCents: 45_000_00, reason: 'fewer workshops' }, 200);
    t.clock.set('2017-03-01T10:00:00Z');
    const call2017 = await post(t, '/outsourcings', incentive({ launchedOn: '2017-02-10', maxAwardees: 5 }));
    award2017 = (
      await post(t, `/outsourcings/${call2017.id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 100_000_00, { awardedOn: '2017-02-20' }))
    ).awardId;
    await post(t, `/outsourcings/${call2017.id}/awards`, award(HOLDERS.vokans.enterpriseNumber, 44_200_00, { awardedOn: '2017-02-20' }));
    await t.http.put('/plans/2017').set('authorization', management()).send({ rows: PLAN_2017 }).expect(200);
  });
  afterEach(() => t.close());

  it('answers each year in its own codes, and keeps the history of the plans', async () => {
    const in2016 = (await table(2016)).body.rows;
    expect(in2016.map((r: { code: string }) => r.code)).toEqual(['DP23', 'DP24', 'DP25', 'DP26', 'DP5', 'DP6', 'DP7']);
    expect(in2016[0]).toMatchObject({ measure: 'DP23', result: 140_000_00, revised: 135_000_00, provisional: false });
    const plan2017 = await t.http.get('/plans/2017').set('authorization', t.auth('inspector')).expect(200);
    expect(plan2017.body.rows[2]).toEqual({ ...PLAN_2017[2], note: null });
    expect(plan2017.body.rows[0].note).toMatch(/tweede kwartaal/);
    const before = await t.http.get('/plans/2017?asOf=2017-02-28').set('authorization', t.auth('adviser')).expect(200);
    expect(before.body.rows).toBeNull();
    await t.http
      .get('/plans/2017')
      .set('authorization', t.auth('mandate-holder', { org: HOLDERS.syntra.enterpriseNumber }))
      .expect(403);
    await t.http.put('/plans/2017').set('authorization', t.auth('adviser')).send({ rows: PLAN_2017 }).expect(403);
    const history = await t.http.get('/audit/events?stream=plan-2017').set('authorization', t.auth('inspector')).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['BusinessPlanSet']);
  });

  it('keeps a history of both years: each plan, the 2016 close and its amendment, as of any moment', async () => {
    const inspector = t.auth('inspector');
    const plans = await t.http.get('/audit/events?type=BusinessPlanSet').set('authorization', inspector).expect(200);
    expect(plans.body.items.map((e: { data: { year: number } }) => e.data.year)).toEqual([2016, 2017]);
    const closes = await t.http.get('/audit/events?stream=indicator-year-2016').set('authorization', inspector).expect(200);
    expect(closes.body.items.map((e: { type: string }) => e.type)).toEqual(['IndicatorYearClosed']);
    // 2016 as known before its amendment, and 2016 now: the same published figure, the revision beside it.
    const atClose = (await t.http.get('/indicators/2016/table?asOf=2017-02-01T12:00:00Z').set('authorization', management()).expect(200))
      .body.rows[0];
    expect(atClose).toMatchObject({ code: 'DP23', result: 140_000_00, revised: null });
    expect((await table(2016)).body.rows[0]).toMatchObject({ code: 'DP23', result: 140_000_00, revised: 135_000_00 });
    const in2017 = (await table(2017)).body.rows;
    expect(in2017.find((r: { measure: string }) => r.measure === 'DP23')).toMatchObject({ code: '2.12', previous: 140_000_00 });
  });

  it("answers GET /indicators/{year} in the year's plan: code and measure per figure, in plan order", async () => {
    const figures = async (year: number, query = '') =>
      (await t.http.get(`/indicators/${year}${query}`).set('authorization', management()).expect(200)).body;
    const in2017 = await figures(2017);
    expect(in2017.figures.map((f: { code: string; measure: string }) => `${f.code} ${f.measure}`)).toEqual([
      '2.11 2.11',
      '2.12 DP23',
      '2.13 DP24',
      '2.13 DP25',
      '2.14 DP26',
    ]);
    expect(in2017.figures[1]).toMatchObject({ nameEn: 'Budget of the granted awards', value: 144_200_00, unit: 'EUR-cents' });
    expect(in2017.figures[2]).toMatchObject({ nameNl: 'Uitbestedingen en organisaties: Gelanceerde uitbestedingen', value: 1 });
    expect(in2017.figures[0].note).toMatch(/tweede kwartaal/);
    expect(in2017.indicators.DP23).toEqual({ value: 144_200_00, unit: 'EUR-cents' });
    const in2016 = await figures(2016);
    expect(in2016.figures.map((f: { code: string }) => f.code)).toEqual(['DP23', 'DP24', 'DP25', 'DP26', 'DP5', 'DP6', 'DP7']);
    expect(in2016.figures[0]).toMatchObject({ measure: 'DP23', value: 140_000_00 });
    expect(in2016.revised).toMatchObject({ DP23: 135_000_00 });
    // Before the 2017 plan was set, 2017 answered every measure under its own id.
    const before = await figures(2017, '?asOf=2017-02-28T23:00:00Z');
    expect(before.figures[0]).toMatchObject({ code: 'DP23', measure: 'DP23' });
    expect(before.figures.map((f: { code: string }) => f.code)).toContain('realisation');
  });

  it('answers the 2017 table in 2.11, 2.12, 2.13 (two figures) and 2.14 with targets in words, values and met', async () => {
    await t.http
      .put('/targets/2017')
      .set('authorization', management())
      .send({
        targets: {
          '2.11': { increaseOverPrevious: 3 },
          DP23: { atLeast: 140_000_00 },
          DP24: { noLessThanPrevious: true },
          DP25: 2,
          DP26: { between: [0.8, 0.85] },
        },
      })
      .expect(200);
    const rows = (await table(2017)).body.rows;
    expect(rows.map((r: { code: string; measure: string }) => `${r.code} ${r.measure}`)).toEqual([
      '2.11 2.11',
      '2.12 DP23',
      '2.13 DP24',
      '2.13 DP25',
      '2.14 DP26',
    ]);
    const [participants, budget, launched, organisations, satisfaction] = rows;
    // No trainings in this log: 3 % more than no participant is none.
    expect(participants).toMatchObject({ targetText: '+3 %', targetKind: 'increaseOverPrevious', previous: 0, target: 0, result: 0 });
    // previous: 2016 as published (140 000,00 €), not as amended since.
    expect(budget).toMatchObject({ previous: 140_000_00, targetText: '≥ 140.000,00 €', target: 140_000_00, result: 144_200_00, met: true });
    expect(launched).toMatchObject({ previous: 2, targetText: '≥ vorig jaar', target: 2, result: 1, met: false });
    expect(organisations).toMatchObject({ previous: 2, targetText: '≥ 2', target: 2, result: 2, met: true });
    expect(satisfaction).toMatchObject({ targetText: '80–85 %', target: 0.8, targetMax: 0.85, met: null });

    const csv = (await table(2017, 'text/csv')).text.trim().split('\r\n');
    expect(csv.find((l) => l.startsWith('2.12;'))).toMatch(/;14000000;14420000;true;true;;DP23;≥ 140\.000,00 €;;;$/);
    expect(csv.filter((l) => l.startsWith('2.13;'))).toHaveLength(2);
    expect(csv.find((l) => l.startsWith('2.14;'))).toMatch(/;DP26;80–85 %;;;$/);
    expect(csv[1]).toMatch(/;\+3 %;de cijfers van 2016 zijn beschikbaar vanaf het tweede kwartaal van 2017;;$/);
    const html = (await table(2017, 'text/html')).text;
    for (const words of ['+3 %', '≥ 140.000,00 €', '80–85 %', '≥ vorig jaar', '2.13']) expect(html).toContain(words);
    expect(html).toContain('<ol class="notes"><li>de cijfers van 2016 zijn beschikbaar vanaf het tweede kwartaal van 2017</li></ol>');
  });

  /** A training on `day` with one participant per score, each evaluating it. */
  async function training(awardId: string, day: string, scores: number[]) {
    const syntra = holder(t, SYNTRA);
    const { moduleId } = await write(t, syntra, `/awards/${awardId}/modules`, moduleBody({ plannedStart: day }));
    await write(t, syntra, `/modules/${moduleId}/sessions`, { date: day, place: 'Gent', hours: 3 });
    for (const [n, score] of scores.entries()) {
      const { participantId } = await write(t, syntra, `/modules/${moduleId}/participants`, participant(n + 1, { trainingDate: day }));
      await write(t, syntra, `/modules/${moduleId}/evaluations`, { participantId, score });
    }
  }

  it("measures 2017 against the plan's own targets: +3 % participants, ≥ 1 500 000 €, no fewer outsourcings, ≥ 85 % satisfied", async () => {
    // Late 2016 participant figures: the year is reopened, completed and published again.
    await t.http
      .post('/indicators/2016/reopen')
      .set('authorization', management())
      .send({ reason: 'late participant figures' })
      .expect(200);
    await training(tenderAward2016, '2016-09-05', [8, 8, 8, 5]);
    await t.http.post('/indicators/2016/close').set('authorization', management()).expect(200);
    await training(award2017, '2017-02-25', [9, 8, 7, 7, 6]);
    await t.http
      .put('/targets/2017')
      .set('authorization', management())
      .send({
        targets: {
          '2.11': { increaseOverPrevious: 3 },
          DP23: { atLeast: 1_500_000_00 },
          DP24: { noLessThanPrevious: true },
          DP26: { atLeast: 0.85 },
        },
      })
      .expect(200);
    const [participants, budget, launched, organisations, satisfaction] = (await table(2017)).body.rows;
    // 4 participants in 2016: 3 % more is 4.12, reached only with 5.
    expect(participants).toMatchObject({ code: '2.11', previous: 4, target: 5, result: 5, met: true, targetText: '+3 %' });
    // The second close published 2016's budget as amended by then.
    expect(budget).toMatchObject({ code: '2.12', previous: 135_000_00, target: 1_500_000_00, result: 144_200_00, met: false });
    expect(launched).toMatchObject({ code: '2.13', measure: 'DP24', previous: 2, target: 2, result: 1, met: false });
    expect(organisations).toMatchObject({ code: '2.13', measure: 'DP25', targetText: null, result: 2, met: null });
    expect(satisfaction).toMatchObject({ code: '2.14', previous: 0.75, target: 0.85, result: 0.8, met: false, targetText: '≥ 85 %' });
    const csv = (await table(2017, 'text/csv')).text;
    expect(csv).toContain(';DP26;≥ 85 %;');
    expect(csv).toContain(';DP23;≥ 1.500.000,00 €;');
    const html = (await table(2017, 'text/html')).text;
    for (const words of ['+3 %<br><small>= 5</small>', '≥ 85 %', '≥ 1.500.000,00 €', '≥ vorig jaar']) expect(html).toContain(words);
  });

  it('computes a +3 % target from the previous year as published, not as revised after its close', async () => {
    await t.http
      .put('/targets/2017')
      .set('authorization', management())
      .send({ targets: { DP23: { increaseOverPrevious: 3 }, DP26: { noLessThanPrevious: true } } })
      .expect(200);
    const rows = (await table(2017)).body.rows;
    const budget = rows.find((r: { code: string }) => r.code === '2.12');
    // 2016 had no evaluations: its satisfaction is not available, and so is the target that depends on it.
    expect(rows.find((r: { code: string }) => r.code === '2.14')).toMatchObject({
      previous: null,
      target: null,
      met: null,
      targetText: '≥ vorig jaar',
    });
    // 140 000,00 € × 1,03 = 144 200,00 €; the amended 135 000,00 € would give 139 050,00 €.
    expect(budget).toMatchObject({ previous: 140_000_00, target: 144_200_00, result: 144_200_00, met: true, targetText: '+3 %' });
    const html = (await table(2017, 'text/html')).text;
    expect(html).toContain('= 144.200,00 €');
  });

  it('refuses a plan with a measure twice or unknown, and a reversed range', async () => {
    const twice = await t.http
      .put('/plans/2018')
      .set('authorization', management())
      .send({ rows: [plan('2.12', 'a', 'a', ['DP23']), plan('2.13', 'b', 'b', ['DP23'])] })
      .expect(400);
    expect(twice.body).toMatchObject({ code: 'MEASURE_TWICE', errors: [{ path: 'rows.1.measures.0' }] });
    await t.http
      .put('/plans/2018')
      .set('authorization', management())
      .send({ rows: [plan('2.12', 'a', 'a', ['DP99'])] })
      .expect(400);
    const reversed = await t.http
      .put('/targets/2017')
      .set('authorization', management())
      .send({ targets: { DP26: { between: [0.85, 0.8] } } })
      .expect(400);
    expect(reversed.body.code).toBe('TARGET_RANGE_REVERSED');
    await t.http.put('/plans/2016').set('authorization', management()).send({ rows: PLAN_2017 }).expect(409);
  });
});
