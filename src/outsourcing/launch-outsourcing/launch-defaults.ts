import type Joi from 'joi';
import type { FieldError } from '../../shared/http/problem.js';
import type { Product } from '../domain/events.js';
import { launchOutsourcingBody } from './launch-outsourcing.schema.js';

const FIELDS = Object.keys(launchOutsourcingBody.describe().keys as Record<string, unknown>);

/** Every launch field, none required: what a template may hold. The product is the template's own. */
const optionalLaunch: Joi.ObjectSchema = launchOutsourcingBody.fork(FIELDS, (field) => field.optional());

/** The schema of a template's defaults as documented (the rules across fields need the template's product). */
export const launchDefaultsSchema: Joi.ObjectSchema = optionalLaunch.fork(['product'], (field) => field.forbidden());

/**
 * The fields of `defaults` a launch of `product` would refuse, named `defaults.<field>`: a template
 * cannot hold a value no call could be launched with. Joi's defaults are left out, so the template
 * keeps only what the adviser wrote.
 */
export function launchDefaultsErrors(product: Product, defaults: Readonly<Record<string, unknown>>): FieldError[] {
  const errors: FieldError[] = [];
  if (Object.hasOwn(defaults, 'product')) errors.push({ path: 'defaults.product', message: 'the product is the template’s own' });
  const { error } = optionalLaunch.validate(
    { ...defaults, product },
    { abortEarly: false, convert: true, noDefaults: true, errors: { wrap: { label: false } } },
  );
  for (const detail of error?.details ?? []) {
    // A field some product requires (lots of a tender) is still optional in a template: the launch asks for it.
    if (detail.path[0] === 'product' || (detail.type === 'any.required' && detail.path.length === 1)) continue;
    errors.push({ path: ['defaults', ...detail.path].join('.'), message: detail.message });
  }
  return errors;
}
