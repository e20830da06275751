import type { PipeTransform } from '@nestjs/common';
import type Joi from 'joi';
import { RequestValidationError } from './problem.js';

/** Validates a body or query with joi: every failing field by its path, defaults applied, unknown keys refused. */
export class JoiValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: Joi.Schema<T>) {}

  transform(value: unknown): T {
    return validate(this.schema, value ?? {});
  }
}

export function validate<T>(schema: Joi.Schema<T>, value: unknown): T {
  const result = schema.validate(value, { abortEarly: false, convert: true, errors: { wrap: { label: false } } });
  if (result.error) {
    throw new RequestValidationError(result.error.details.map((d) => ({ path: d.path.join('.') || '(body)', message: d.message })));
  }
  return result.value;
}
