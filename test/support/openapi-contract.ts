import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type { TestApp } from './test-app.js';

type Schema = Record<string, unknown>;
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
export type Operation = {
  operationId: string;
  summary?: string;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
};
type Media = { schema?: Schema; example?: unknown; examples?: Record<string, { value: unknown }> };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

// ajv-formats is CommonJS with a default export.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * OpenAPI 3.0 schemas as JSON Schema for ajv: `nullable` becomes a null alternative, exclusive bounds
 * become numbers, and every object
 * that lists its properties is closed, so a field the code answers but the document leaves out fails too.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Schema;
  const converted: Schema = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)]))
        : toJsonSchema(value),
    ]),
  );
  if (typeof converted.$ref === 'string') converted.$ref = `doc${converted.$ref}`;
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum (JSON Schema draft 4).
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof converted[exclusive] !== 'boolean') continue;
    if (converted[exclusive]) converted[exclusive] = converted[bound];
    else delete converted[exclusive];
    if (converted[exclusive] !== undefined) delete converted[bound];
  }
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}

export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
  readonly text: string;
}

/** Validates real answers against the document: for their path, method, status and media type. */
export class Contract {
  private readonly ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  private readonly validators = new Map<string, ValidateFunction>();
  readonly exercised = new Set<string>();
  readonly mismatches: string[] = [];

  constructor(readonly document: Document) {
    this.ajv.addSchema({ $id: 'doc', components: { schemas: toJsonSchema(document.components.schemas) } });
  }

  operations(): { method: string; path: string; operation: Operation }[] {
    return Object.entries(this.document.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ method, path, operation: item[method] })),
    );
  }

  /** The document's path for a concrete url: among those with the method, the one with fewest parameters. */
  template(method: string, url: string): string | null {
    const path = url.split('?')[0];
    const candidates = Object.keys(this.document.paths)
      .filter((template) => this.document.paths[template][method])
      .filter((template) => new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path))
      .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
    return candidates[0] ?? null;
  }

  validator(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) this.validators.set(key, (validate = this.ajv.compile(toJsonSchema(schema) as Schema)));
    return validate;
  }

  check(exchange: Exchange): void {
    const { method, url, status } = exchange;
    const where = `${method.toUpperCase()} ${url} → ${status}`;
    const template = this.template(method, url);
    if (!template) return void this.mismatches.push(`${where}: no operation of the document has this path`);
    this.exercised.add(`${method} ${template} ${status}`);
    const response = this.document.paths[template][method].responses[String(status)];
    if (!response) return void this.mismatches.push(`${where}: status ${status} is not documented for ${method} ${template}`);
    const mediaType = exchange.contentType.split(';')[0].trim();
    if (!response.content) {
      if (exchange.text) this.mismatches.push(`${where}: documented without a body, answered ${mediaType}`);
      return;
    }
    const media = response.content[mediaType];
    if (!media?.schema) return void this.mismatches.push(`${where}: media type ${mediaType} is not documented`);
    const validate = this.validator(media.schema);
    // Newline-delimited JSON: the documented schema is that of every line.
    const bodies =
      mediaType === 'application/x-ndjson'
        ? exchange.text
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as unknown)
        : [mediaType.endsWith('json') ? exchange.body : exchange.text];
    bodies.forEach((body, line) => {
      if (validate(body)) return;
      const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`);
      this.mismatches.push(`${where}${bodies.length > 1 ? ` line ${line + 1}` : ''}: ${errors.join('; ')}`);
    });
  }
}

/** A TestApp whose every request, fixtures' included, is checked against the contract once answered. */
export function recording(t: TestApp, contract: Contract): TestApp {
  const agent = t.http as unknown as Record<string, (url: string) => unknown>;
  const http = new Proxy(agent, {
    get(target, name: string) {
      if (!METHODS.includes(name)) return target[name];
      return (url: string) => {
        const test = target[name](url) as { then: (ok: (r: Response) => unknown, fail?: (e: unknown) => unknown) => Promise<unknown> };
        const then = test.then.bind(test);
        test.then = (ok, fail) =>
          then((response: Response) => {
            contract.check({
              method: name,
              url,
              status: response.status,
              contentType: String(response.headers['content-type'] ?? ''),
              body: response.body,
              text: response.text ?? '',
            });
            return response;
          }).then(ok as (value: unknown) => unknown, fail);
        return test;
      };
    },
  }) as unknown as TestAgent;
  return { ...t, http };
}
