import type { TestApp } from './test-app.js';

/** Request bodies as an adviser fills them from the product templates. */
export const HOLDERS = {
  syntra: {
    enterpriseNumber: '0123.456.749',
    name: 'Syntra Test',
    email: 'info@syntra.test',
    basis: 'quality-label',
    qualityLabel: 'WSE-kwaliteitsattest',
    grantedOn: '2015-01-05',
  },
  unizo: {
    enterpriseNumber: '0202.239.951',
    name: 'Unizo Opleidingen',
    email: 'opleiding@unizo.test',
    basis: 'experience',
    grantedOn: '2015-01-05',
  },
  vokans: { enterpriseNumber: '0406.798.006', name: 'Vokans', email: 'info@vokans.test', basis: 'experience', grantedOn: '2015-01-05' },
} as const;

const common = {
  publicationRef: 'BDA-2016-000123',
  contactAdviser: 'Ann Peeters',
  targetGroups: ['starters of foreign origin'],
  awardCriteria: [
    { name: 'quality', weight: 60 },
    { name: 'price', weight: 40 },
  ],
};

export const tender = (overrides: object = {}) => ({
  ...common,
  product: 'tender',
  title: 'Digitale vaardigheden voor zelfstandigen',
  launchedOn: '2016-02-01',
  innovative: true,
  innovationKinds: ['product'],
  lots: [1, 2, 3].map((number) => ({ number, title: `Perceel ${number}`, budgetCents: 100_000_00 })),
  ...overrides,
});

export const incentive = (overrides: object = {}) => ({
  ...common,
  product: 'incentive',
  title: 'Ondernemen met een arbeidshandicap',
  launchedOn: '2016-03-01',
  innovative: false,
  budgetCents: 200_000_00,
  minParticipants: 40,
  ...overrides,
});

export const openOffer = (overrides: object = {}) => ({
  ...common,
  product: 'open-offer',
  title: 'Inschrijven op aanbod 2016-H1',
  launchedOn: '2016-01-15',
  innovative: false,
  variant: 'generic',
  round: '2016-H1',
  budgetCents: 500_000_00,
  ...overrides,
});

export const jury = {
  motivation: 'Best value for the target group',
  members: [
    { name: 'Jan Jury', external: true },
    { name: 'Ann Peeters', external: false },
  ],
  scores: [{ criterion: 'quality', score: 8 }],
};

export const award = (enterpriseNumber: string, amountCents: number, overrides: object = {}) => ({
  enterpriseNumber,
  amountCents,
  awardedOn: '2016-04-01',
  juryReport: jury,
  ...overrides,
});

/** Grants mandates, launches and awards through the real API as an adviser; returns the last log position. */
export async function post(t: TestApp, path: string, body: object, status = 201) {
  const response = await t.http.post(path).set('authorization', t.auth('adviser')).send(body);
  if (response.status !== status) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function grantHolders(t: TestApp, ...holders: (keyof typeof HOLDERS)[]) {
  for (const holder of holders) await post(t, '/mandate-holders', HOLDERS[holder]);
}
