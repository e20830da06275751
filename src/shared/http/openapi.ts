import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  getSchemaPath,
  type MediaTypeObject,
} from '@nestjs/swagger';
import type Joi from 'joi';
import * as joiToJsonModule from 'joi-to-json';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import { ProblemView } from './problem.view.js';

/** The joi schema that validates a body is also its OpenAPI schema: written once. */
// joi-to-json is CommonJS with `export =`: its default export is the function at run time.
const joiToJson = ((joiToJsonModule as unknown as { default?: unknown }).default ?? joiToJsonModule) as (
  schema: Joi.Schema,
  mode: string,
) => unknown;

export const openApiSchema = (schema: Joi.Schema) => withoutCrossFieldConditions(joiToJson(schema, 'open-api')) as Record<string, unknown>;

/**
 * joi-to-json renders a `when` on another field (lots only for a tender) as `allOf: [anything, not {}]`,
 * which no value satisfies: a client validating against it could never send the field. The field keeps
 * its own schema; the rule across fields stays with the joi validator and its 400.
 */
function withoutCrossFieldConditions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutCrossFieldConditions);
  if (schema === null || typeof schema !== 'object') return schema;
  const { allOf, ...rest } = schema as { allOf?: unknown[] };
  const impossible = allOf?.some((part) => JSON.stringify(part) === '{"not":{}}');
  const kept = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withoutCrossFieldConditions(value)]));
  return allOf && !impossible ? { ...kept, allOf: withoutCrossFieldConditions(allOf) } : kept;
}

export const NDJSON = 'application/x-ndjson';

export type ProblemStatus = 400 | 401 | 403 | 404 | 406 | 409 | 412 | 413 | 415 | 422;

const WHEN: Record<ProblemStatus, string> = {
  400: 'a field, parameter or query is invalid: `errors` lists each by its path',
  401: 'no bearer token, or one that is invalid or expired',
  403: 'the caller’s role or organisation may not do this',
  404: 'nothing has that id: `code` names which (e.g. AWARD_NOT_FOUND)',
  406: 'the Accept header asks for a format this route does not produce',
  409: 'a rule refuses the change (`code` names the rule), or the resource changed concurrently',
  412: 'If-Match names a revision the resource has moved past',
  413: 'the body is larger than the service accepts',
  415: 'the body is not in a media type this route reads',
  422: 'the Idempotency-Key was used before with another request',
};

/** Every error is the one shared problem+json component, whatever the route. */
export function ApiProblems(statuses: readonly ProblemStatus[]) {
  return applyDecorators(
    ApiExtraModels(ProblemView),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: WHEN[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemView) } } },
      }),
    ),
  );
}

interface Operation {
  /** The method name a generated client gets: a verb and a noun, e.g. suspendMandate. */
  readonly operationId: string;
  /** One line for the operation list. */
  readonly summary: string;
  /** The rules of the route, longer than the summary. */
  readonly description?: string;
  /** The response model of the 2xx JSON answer. */
  readonly response?: Type<unknown>;
  /** Text the 2xx answer may carry instead (CSV, HTML), with an example per media type. */
  readonly text?: Readonly<Record<string, string>>;
  /** The model of each line of a 2xx answer in newline-delimited JSON (application/x-ndjson). */
  readonly ndjson?: Type<unknown>;
}

interface Write extends Operation {
  readonly body: Joi.Schema | null;
  /** A realistic body, shown in the document and in Swagger UI's "try it out". */
  readonly example?: unknown;
  readonly status: 200 | 201;
  /** Whether the path names a resource by id that may not exist. */
  readonly notFound?: boolean;
  readonly problems?: readonly ProblemStatus[];
}

/** A write route in one declaration: its 2xx and its documentation (who may call it: access-table.ts). */
export function WriteRoute(write: Write) {
  return applyDecorators(HttpCode(write.status), ApiWrite(write));
}

/** A documented write: its body, its 2xx, and the problems it can answer. */
export function ApiWrite({ body, example, status, notFound, problems, ...operation }: Write) {
  const describedBody = body ? { ...openApiSchema(body), ...(example === undefined ? {} : { example }) } : null;
  return applyDecorators(
    ApiBearerAuth(),
    documented(operation, status, 'ETag: the stream revision; the body has the log position.'),
    ...(describedBody ? [ApiBody({ schema: describedBody })] : []),
    ApiProblems([400, 401, 403, ...(notFound ? ([404] as const) : []), 409, 412, 422, ...(problems ?? [])]),
  );
}

interface Read extends Operation {
  /** Whether the path names a resource by id that may not exist. */
  readonly notFound?: boolean;
  readonly problems?: readonly ProblemStatus[];
  /** Reads that do not take the read-your-writes query. */
  readonly noConsistentWith?: boolean;
}

/** A documented read with the read-your-writes parameter every read accepts. */
export function ApiRead({ notFound, problems, noConsistentWith, ...operation }: Read) {
  return applyDecorators(
    ApiBearerAuth(),
    documented(operation, 200),
    ...(noConsistentWith
      ? []
      : [
          ApiQuery({
            name: 'consistentWith',
            required: false,
            type: String,
            description: 'a log position returned by a write: wait until the read models have applied it',
          }),
        ]),
    ApiProblems([400, 401, 403, ...(notFound ? ([404] as const) : []), ...(problems ?? [])]),
  );
}

function documented({ operationId, summary, description, response, text, ndjson }: Operation, status: 200 | 201, note?: string) {
  const content: Record<string, MediaTypeObject> = {};
  if (response) content['application/json'] = { schema: { $ref: getSchemaPath(response) } };
  for (const [type, example] of Object.entries(text ?? {})) content[type] = { schema: { type: 'string' }, example };
  // OpenAPI 3.0 has no schema for a sequence of documents: the schema given is that of every line.
  if (ndjson) content[NDJSON] = { schema: { $ref: getSchemaPath(ndjson) } };
  return applyDecorators(
    ApiOperation({ operationId, summary, description: [description, note].filter(Boolean).join(' ') || undefined }),
    ...[response, ndjson].filter((model) => model !== undefined).map((model) => ApiExtraModels(model)),
    ApiResponse({ status, description: summary, content }),
  );
}
