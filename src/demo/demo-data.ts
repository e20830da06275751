/** A small, plausible data set (mandates are granted a year before the first demo year): a few mandate holders and calls of every product over two years. */
export const DEMO_HOLDERS = [
  {
    enterpriseNumber: '0123.456.749',
    name: 'Syntra Vlaanderen Opleidingen',
    email: 'info@syntra.example',
    basis: 'quality-label',
    qualityLabel: 'WSE-kwaliteitsattest',
  },
  { enterpriseNumber: '0202.239.951', name: 'Unizo Ondernemersacademie', email: 'academie@unizo.example', basis: 'experience' },
  {
    enterpriseNumber: '0406.798.006',
    name: 'Vokans Vorming',
    email: 'vorming@vokans.example',
    basis: 'quality-label',
    qualityLabel: 'Q-for',
  },
  { enterpriseNumber: '0417.497.106', name: 'Atlas Integratie & Inburgering', email: 'info@atlas.example', basis: 'experience' },
  {
    enterpriseNumber: '0865.249.205',
    name: 'Kenniscentrum Familiebedrijven',
    email: 'contact@kfb.example',
    basis: 'quality-label',
    qualityLabel: 'WSE-kwaliteitsattest',
  },
] as const;

const criteria = [
  { name: 'kwaliteit', weight: 50 },
  { name: 'bereik doelgroep', weight: 30 },
  { name: 'prijs', weight: 20 },
];
const jury = (motivation: string) => ({
  motivation,
  members: [
    { name: 'Els Jacobs', external: true },
    { name: 'Pieter Claes', external: false },
  ],
  scores: [{ criterion: 'kwaliteit', score: 8 }],
});

export interface DemoCall {
  readonly call: Record<string, unknown>;
  readonly awards: readonly {
    readonly holder: number;
    readonly amountCents: number;
    readonly awardedOn: string;
    readonly lot?: number;
    readonly approvedSubjects?: string[];
  }[];
  readonly end?: { readonly action: 'declare-not-granted' | 'close'; readonly reason: string; readonly on: string };
}

const base = (year: number, n: number) => ({
  publicationRef: `BDA-${year}-${String(n).padStart(6, '0')}`,
  contactAdviser: 'An Regie',
  awardCriteria: criteria,
});

/** `scale` varies the money from year to year, so the charts show a trend rather than a flat line. */
export function demoCalls(year: number, scale = 1): DemoCall[] {
  const money = (cents: number) => Math.round(cents * scale);
  return [
    {
      call: {
        ...base(year, 11),
        product: 'tender',
        title: `Digitale transformatie voor kmo's ${year}`,
        launchedOn: `${year}-02-03`,
        innovative: true,
        innovationKinds: ['product', 'process'],
        targetGroups: ['starters', 'older people'],
        lots: [
          { number: 1, title: 'West-Vlaanderen', budgetCents: money(150_000_00) },
          { number: 2, title: 'Antwerpen', budgetCents: money(150_000_00) },
          { number: 3, title: 'Limburg', budgetCents: money(120_000_00) },
        ],
      },
      awards: [
        { holder: 0, lot: 1, amountCents: money(142_500_00), awardedOn: `${year}-04-14` },
        { holder: 1, lot: 2, amountCents: money(138_000_00), awardedOn: `${year}-04-14` },
        { holder: 2, lot: 3, amountCents: money(115_250_50), awardedOn: `${year}-04-15` },
      ],
      end: { action: 'close', reason: 'alle percelen gegund', on: `${year}-05-02` },
    },
    {
      call: {
        ...base(year, 12),
        product: 'incentive',
        title: `Ondernemen met een arbeidshandicap (PMAH) ${year}`,
        launchedOn: `${year}-03-10`,
        innovative: true,
        innovationKinds: ['social', 'hr'],
        targetGroups: ['PMAH'],
        budgetCents: money(160_000_00),
        minParticipants: 40,
      },
      awards: [
        { holder: 3, amountCents: money(55_000_00), awardedOn: `${year}-05-20` },
        { holder: 4, amountCents: money(48_750_00), awardedOn: `${year}-05-20` },
      ],
    },
    {
      call: {
        ...base(year, 13),
        product: 'incentive',
        title: `Laaggeletterde kmo-medewerkers ${year}`,
        launchedOn: `${year}-06-02`,
        innovative: false,
        innovationKinds: [],
        targetGroups: ['low-literate SME staff'],
        budgetCents: money(90_000_00),
        minParticipants: 25,
      },
      awards: [],
      end: { action: 'declare-not-granted', reason: 'geen ontvankelijke offertes', on: `${year}-08-01` },
    },
    {
      call: {
        ...base(year, 14),
        product: 'open-offer',
        title: `Inschrijven op aanbod ${year}-H1 (generiek)`,
        launchedOn: `${year}-01-12`,
        innovative: false,
        innovationKinds: [],
        targetGroups: ['starters'],
        variant: 'generic',
        round: `${year}-H1`,
        budgetCents: money(400_000_00),
      },
      awards: [
        { holder: 0, amountCents: money(96_000_00), awardedOn: `${year}-02-20`, approvedSubjects: ['boekhouding', 'marketing', 'verkoop'] },
        { holder: 1, amountCents: money(84_500_00), awardedOn: `${year}-02-20`, approvedSubjects: ['ondernemingsplan', 'financiering'] },
        { holder: 4, amountCents: money(72_000_00), awardedOn: `${year}-02-21`, approvedSubjects: ['opvolging familiebedrijf'] },
      ],
    },
    {
      call: {
        ...base(year, 15),
        product: 'open-offer',
        title: `Inschrijven op aanbod ${year}-H2 (sectoraal)`,
        launchedOn: `${year}-07-07`,
        innovative: true,
        innovationKinds: ['organisational'],
        targetGroups: ['young'],
        variant: 'sectoral',
        round: `${year}-H2`,
        budgetCents: money(300_000_00),
      },
      awards: [
        {
          holder: 2,
          amountCents: money(88_000_00),
          awardedOn: `${year}-09-08`,
          approvedSubjects: ['horeca-management', 'duurzaam bouwen'],
        },
        { holder: 3, amountCents: money(61_500_00), awardedOn: `${year}-09-08`, approvedSubjects: ['retail digitaal'] },
      ],
    },
  ];
}

export const demoJury = jury;

/** Targets management set for each demo year (streefwaarden), in the indicators' own units. */
export const DEMO_TARGETS = {
  DP23: 850_000_00,
  DP24: 6,
  DP25: 5,
  DP26: 0.8,
  '2.11': 600,
  DP5: 2,
  DP6: 400_000_00,
  DP7: 250,
  'share.budget': 0.4,
  'share.count': 0.5,
} as const;
