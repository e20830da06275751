import { award, grantHolders, HOLDERS, incentive, openOffer, post, tender } from '../support/outsourcing-requests.js';
import type { TestApp } from '../support/test-app.js';

/** Lots of a tender, each with its own budget. */
const lots = (...budgets: number[]) => budgets.map((budgetCents, i) => ({ number: i + 1, title: `Perceel ${i + 1}`, budgetCents }));

async function awardAll(t: TestApp, id: string, awards: ReturnType<typeof award>[]) {
  for (const body of awards) await post(t, `/outsourcings/${id}/awards`, body);
}

/**
 * Demo-like data recorded on different days through the API, so that the dashboard "as of" an earlier day
 * shows other figures: 2015 complete; 2016 in two waves, recorded in April and in September 2016. No year
 * has evaluations: satisfaction (DP26) is not available. Answers the 2016 incentive's award, to amend it.
 */
export async function recordDemoYears(t: TestApp): Promise<{ incentive2016: { id: string; awardId: string } }> {
  const { syntra, unizo, vokans } = HOLDERS;
  t.clock.set('2015-01-10T09:00:00Z');
  await grantHolders(t, 'syntra', 'unizo', 'vokans');

  t.clock.set('2015-05-04T09:00:00Z');
  const tender2015 = await post(
    t,
    '/outsourcings',
    tender({ launchedOn: '2015-02-02', title: 'Digitale vaardigheden 2015', lots: lots(400_000_00, 350_000_00) }),
  );
  await awardAll(t, tender2015.id, [
    award(syntra.enterpriseNumber, 398_500_00, { lot: 1, awardedOn: '2015-04-20' }),
    award(unizo.enterpriseNumber, 341_250_50, { lot: 2, awardedOn: '2015-04-20' }),
  ]);
  const incentive2015 = await post(
    t,
    '/outsourcings',
    incentive({ launchedOn: '2015-03-02', title: 'Ondernemen met een arbeidshandicap 2015', budgetCents: 300_000_00 }),
  );
  await awardAll(t, incentive2015.id, [award(vokans.enterpriseNumber, 210_000_00, { awardedOn: '2015-05-04' })]);

  const management = t.auth('management');
  for (const [year, targets] of [
    [2015, { DP23: 900_000_00, DP24: 2, DP25: 3, 'share.budget': 0.5 }],
    [2016, { DP23: 1_300_000_00, DP24: 3, DP25: 3, 'share.budget': 0.4, 'share.count': 0.3 }],
  ] as const) {
    await t.http.put(`/targets/${year}`).set('authorization', management).send({ targets }).expect(200);
  }

  t.clock.set('2016-04-15T09:00:00Z');
  const tender2016 = await post(
    t,
    '/outsourcings',
    tender({ launchedOn: '2016-02-01', title: "Digitale transformatie voor kmo's", lots: lots(500_000_00, 450_000_00) }),
  );
  await awardAll(t, tender2016.id, [
    award(syntra.enterpriseNumber, 446_348_34, { lot: 1, awardedOn: '2016-04-14' }),
    award(vokans.enterpriseNumber, 412_000_00, { lot: 2, awardedOn: '2016-04-15' }),
  ]);

  t.clock.set('2016-09-12T09:00:00Z');
  const incentive2016 = await post(
    t,
    '/outsourcings',
    incentive({ launchedOn: '2016-06-01', title: 'Starters van buitenlandse herkomst', budgetCents: 250_000_00 }),
  );
  const { awardId } = await post(
    t,
    `/outsourcings/${incentive2016.id}/awards`,
    award(unizo.enterpriseNumber, 188_000_00, { awardedOn: '2016-09-12' }),
  );
  const offer2016 = await post(
    t,
    '/outsourcings',
    openOffer({ launchedOn: '2016-07-01', round: '2016-H2', title: 'Inschrijven op aanbod 2016-H2' }),
  );
  await awardAll(t, offer2016.id, [
    award(syntra.enterpriseNumber, 120_500_00, { awardedOn: '2016-09-12', approvedSubjects: ['boekhouding', 'digitale marketing'] }),
  ]);

  t.clock.set('2017-02-01T09:00:00Z');
  return { incentive2016: { id: incentive2016.id, awardId } };
}
