import Joi from 'joi';
import { PRODUCTS, type Product } from '../outsourcing/domain/events.js';
import { launchDefaultsErrors, launchDefaultsSchema } from '../outsourcing/outsourcing.queries.js';
import { validate } from '../shared/http/joi-validation.pipe.js';
import { displayName } from '../shared/http/joi-types.js';
import { RequestValidationError } from '../shared/http/problem.js';
import type { LaunchDefaults } from './domain/events.js';

export interface TemplateRequest {
  readonly product: Product;
  readonly name: string;
  readonly defaults: LaunchDefaults;
}

const productField = Joi.string()
  .valid(...PRODUCTS)
  .required();
const nameField = displayName(200).required();

/** As documented: the defaults are launch fields, each optional. */
export const templateBodyDocumented = Joi.object({
  product: productField,
  name: nameField,
  defaults: launchDefaultsSchema.required().description('any launch field; a launch from the template takes them, its own fields win'),
});
export const revisionBodyDocumented = templateBodyDocumented.fork(['product'], (field) => field.forbidden());

/** The defaults are checked with the launch's own rules for the template's product (lots only for a tender, ...). */
export function validTemplate(body: unknown, product?: Product): TemplateRequest {
  const outer = Joi.object({
    ...(product ? {} : { product: productField }),
    name: nameField,
    defaults: Joi.object().unknown(true).required(),
  });
  const value = validate<{ product?: Product; name: string; defaults: LaunchDefaults }>(outer, body);
  const templateProduct = product ?? value.product!;
  const errors = launchDefaultsErrors(templateProduct, value.defaults);
  if (errors.length > 0) throw new RequestValidationError(errors);
  return { product: templateProduct, name: value.name, defaults: value.defaults };
}
