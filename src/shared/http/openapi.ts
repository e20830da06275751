import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type Joi from 'joi';
import { Roles } from '../auth/auth.decorators.js';
import type { Role } from '../auth/principal.js';
import * as joiToJsonModule from 'joi-to-json';

/** The joi schema that validates a body is also its OpenAPI schema: written once. */
// joi-to-json is CommonJS with `export =`: its default export is the function at run time.
const joiToJson = ((joiToJsonModule as unknown as { default?: unknown }).default ?? joiToJsonModule) as (
  schema: Joi.Schema,
  mode: string,
) => unknown;

export const openApiSchema = (schema: Joi.Schema) => joiToJson(schema, 'open-api') as Record<string, unknown>;

const problem = { description: 'application/problem+json with status, code, detail and, for validation, errors by path' };

/** A write route in one line: who may call it, its 2xx, and its documentation. */
export function WriteRoute(roles: readonly Role[], body: Joi.Schema | null, status: 200 | 201, summary: string) {
  return applyDecorators(Roles(...roles), HttpCode(status), ApiWrite(body, status, summary));
}

/** A documented write: its body, its 2xx, and the problems it can answer. */
export function ApiWrite(body: Joi.Schema | null, status: 200 | 201, summary: string) {
  return applyDecorators(
    ApiBearerAuth(),
    ...(body ? [ApiBody({ schema: openApiSchema(body), description: summary })] : []),
    ApiResponse({ status, description: `${summary}. ETag: the stream revision; body has the log position.` }),
    ApiResponse({ status: 400, ...problem }),
    ApiResponse({ status: 401, ...problem }),
    ApiResponse({ status: 403, ...problem }),
    ApiResponse({ status: 409, ...problem }),
    ApiResponse({ status: 412, description: 'If-Match names a revision the resource has moved past' }),
    ApiResponse({ status: 422, description: 'Idempotency-Key reused with another request' }),
  );
}

/** A documented read with the read-your-writes parameter every read accepts. */
export function ApiRead(summary: string) {
  return applyDecorators(
    ApiBearerAuth(),
    ApiQuery({
      name: 'consistentWith',
      required: false,
      description: 'a log position returned by a write: wait until the read models have applied it',
    }),
    ApiResponse({ status: 200, description: summary }),
    ApiResponse({ status: 401, ...problem }),
    ApiResponse({ status: 403, ...problem }),
    ApiResponse({ status: 404, ...problem }),
  );
}
