import { award, grantHolders, HOLDERS, incentive, openOffer, post, tender } from './outsourcing-requests.js';
import type { TestApp } from './test-app.js';

/** Awards made through the real API: syntra holds an innovative tender lot, unizo an incentive (min 40), vokans an open offer. */
export interface DeliveryWorld {
  readonly tenderAward: string;
  readonly incentiveAward: string;
  readonly openOfferAward: string;
}

export const SYNTRA = HOLDERS.syntra.enterpriseNumber;
export const UNIZO = HOLDERS.unizo.enterpriseNumber;
export const VOKANS = HOLDERS.vokans.enterpriseNumber;

export async function deliveryWorld(t: TestApp): Promise<DeliveryWorld> {
  await grantHolders(t, 'syntra', 'unizo', 'vokans');
  const tenderCall = await post(t, '/outsourcings', tender());
  const tenderAward = (await post(t, `/outsourcings/${tenderCall.id}/awards`, award(SYNTRA, 90_000_00, { lot: 1 }))).awardId;
  const incentiveCall = await post(t, '/outsourcings', incentive());
  const incentiveAward = (await post(t, `/outsourcings/${incentiveCall.id}/awards`, award(UNIZO, 50_000_00))).awardId;
  const openCall = await post(t, '/outsourcings', openOffer());
  const openOfferAward = (
    await post(
      t,
      `/outsourcings/${openCall.id}/awards`,
      award(VOKANS, 30_000_00, { approvedSubjects: ['boekhouding', 'digitaal marketing'] }),
    )
  ).awardId;
  return { tenderAward, incentiveAward, openOfferAward };
}

export const holder = (t: TestApp, org: string) => t.auth('mandate-holder', { org });

/** A write as a holder; throws with the answer when the status differs, so fixtures fail loudly. */
export async function write(t: TestApp, auth: string, path: string, body: object, status = 201) {
  const response = await t.http.post(path).set('authorization', auth).send(body);
  if (response.status !== status) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

export const moduleBody = (overrides: object = {}) => ({
  title: 'Boekhouding voor starters',
  subject: 'boekhouding',
  hours: 12,
  plannedStart: '2016-09-05',
  ...overrides,
});

export const participant = (n: number, overrides: object = {}) => ({
  trainingDate: '2016-09-05',
  companyEnterpriseNumber: '0406.798.006',
  role: n % 2 ? 'entrepreneur' : 'employee',
  targetGroups: ['starters'],
  personal: { name: `Persoon Nummer${n}`, email: `persoon${n}@mail.test`, birthDate: '1980-01-01' },
  ...overrides,
});

export async function head(t: TestApp): Promise<number | null> {
  return (await t.http.get('/health')).body.log.head;
}

/**
 * The delivery tests' "today": after the fixtures' trainings of autumn 2016 (and one of January 2017),
 * since a training dated after today is refused, and early enough that 2016 can be closed by a test.
 */
export const AFTER_TRAININGS = '2017-01-16T10:00:00Z';
