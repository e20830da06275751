import type { Product } from '../outsourcing/domain/events.js';

const criteria = [
  { name: 'kwaliteit van het concept', weight: 50 },
  { name: 'bereik van de doelgroep', weight: 30 },
  { name: 'prijs', weight: 20 },
];

/** One template per product, as the afdeling Regie keeps them: a new call starts from the product's one. */
export const DEMO_TEMPLATES: readonly { product: Product; name: string; defaults: Record<string, unknown> }[] = [
  {
    product: 'tender',
    name: 'Tender met drie percelen',
    defaults: {
      contactAdviser: 'An Regie',
      innovative: true,
      innovationKinds: ['product'],
      awardCriteria: criteria,
      lots: [1, 2, 3].map((number) => ({ number, title: `Perceel ${number}`, budgetCents: 100_000_00 })),
    },
  },
  {
    product: 'incentive',
    name: 'Incentive (maximaal 4 indieners)',
    defaults: { contactAdviser: 'An Regie', innovative: false, awardCriteria: criteria, maxAwardees: 4, minParticipants: 40 },
  },
  {
    product: 'open-offer',
    name: 'Inschrijven op aanbod, generiek',
    defaults: { contactAdviser: 'An Regie', innovative: false, awardCriteria: criteria, variant: 'generic' },
  },
];
