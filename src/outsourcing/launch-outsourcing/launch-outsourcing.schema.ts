import Joi from 'joi';
import { cents, dayOrTimestamp, text } from '../../shared/http/joi-types.js';
import { PRODUCTS } from '../domain/events.js';

const criterion = Joi.object({ name: text(200).required(), weight: Joi.number().strict().integer().min(1).max(100).required() });
const lot = Joi.object({
  number: Joi.number().strict().integer().min(1).required(),
  title: text(300).required(),
  budgetCents: cents().required(),
});
const onlyFor = (product: string, schema: Joi.Schema) =>
  schema.when('product', { is: product, otherwise: Joi.forbidden().messages({ 'any.unknown': `{#label} applies to a ${product} only` }) });

/** The call as an adviser writes it from the product's template; product-specific terms are checked per product. */
export const launchOutsourcingBody = Joi.object({
  product: Joi.string()
    .valid(...PRODUCTS)
    .required(),
  title: text(300).required(),
  launchedOn: dayOrTimestamp()
    .required()
    .description('publication date YYYY-MM-DD (Europe/Brussels), or a timestamp with its offset that counts on its Brussels day'),
  publicationRef: text(100).required().description('reference on the e-procurement notification platform'),
  contactAdviser: text(200).required(),
  offersDueOn: dayOrTimestamp().description(
    'offers are due by the end of this day (Europe/Brussels), or by this timestamp with its offset; without it the call takes no offers',
  ),
  innovative: Joi.boolean().strict().required(),
  innovationKinds: Joi.array()
    .items(Joi.string().valid('product', 'process', 'organisational', 'hr', 'social'))
    .unique()
    .default([]),
  targetGroups: Joi.array().items(text(100)).unique().default([]),
  awardCriteria: Joi.array().items(criterion).min(1).required().description('weights sum to 100'),
  lots: onlyFor('tender', Joi.array().items(lot).min(1).max(50).when('product', { is: 'tender', then: Joi.required() })),
  budgetCents: cents().when('product', {
    is: 'tender',
    then: Joi.forbidden().messages({ 'any.unknown': 'budgetCents of a tender is the sum of its lots' }),
    otherwise: Joi.required(),
  }),
  maxAwardees: onlyFor(
    'incentive',
    Joi.number().strict().integer().min(1).max(100).description('in principle at most 4 awardees: 4 when not given'),
  ),
  minParticipants: onlyFor('incentive', Joi.number().strict().integer().min(1).when('product', { is: 'incentive', then: Joi.required() })),
  variant: onlyFor('open-offer', Joi.string().valid('generic', 'sectoral').when('product', { is: 'open-offer', then: Joi.required() })),
  round: onlyFor(
    'open-offer',
    Joi.string()
      .pattern(/^\d{4}-H[12]$/)
      .message('round must be a half-year like 2016-H1')
      .when('product', { is: 'open-offer', then: Joi.required() }),
  ),
});

export interface LaunchOutsourcingRequest {
  readonly product: 'tender' | 'incentive' | 'open-offer';
  readonly title: string;
  /** The Brussels day of the launch. */
  readonly launchedOn: string;
  /** The timestamp sent, when one was sent. */
  readonly launchedAt?: string;
  readonly publicationRef: string;
  readonly contactAdviser: string;
  readonly innovative: boolean;
  readonly innovationKinds: ('product' | 'process' | 'organisational' | 'hr' | 'social')[];
  readonly targetGroups: string[];
  readonly awardCriteria: { name: string; weight: number }[];
  readonly lots?: { number: number; title: string; budgetCents: number }[];
  readonly budgetCents?: number;
  readonly maxAwardees?: number;
  readonly minParticipants?: number;
  readonly variant?: 'generic' | 'sectoral';
  readonly round?: string;
  /** The Brussels day offers are due by, and the deadline as a UTC instant. */
  readonly offersDueOn?: string;
  readonly offersDueAt?: string;
  /** Set by the application layer when the call was launched from a template. */
  readonly template?: { readonly id: string; readonly version: number };
}
