import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Every JSON body in the document gets an example: one written for the route where there is one, else
 * composed from the examples written on each property of its response model. Composed here rather
 * than written twice, so that an example cannot disagree with the model it illustrates.
 */
export function withExamples(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation) continue;
      const contents = Object.values(operation.responses).map((r) => (r as { content?: Record<string, Schema> }).content ?? {});
      const body = (operation.requestBody as { content?: Record<string, Schema> } | undefined)?.content ?? {};
      for (const media of [...contents.flatMap((content) => Object.values(content)), ...Object.values(body)]) {
        const schema = media.schema as Schema | undefined;
        if (media.example !== undefined || media.examples !== undefined || !schema) continue;
        media.example = 'example' in schema ? schema.example : exampleOf(schema, schemas, 0);
      }
    }
  }
  return document;
}

function exampleOf(schema: Schema, schemas: Record<string, Schema>, depth: number): unknown {
  if (typeof schema.$ref === 'string') return exampleOf(schemas[schema.$ref.split('/').pop() ?? ''] ?? {}, schemas, depth + 1);
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (Array.isArray(schema[key])) return exampleOf(schema[key][0] as Schema, schemas, depth + 1);
  }
  if (depth > 24) return null;
  switch (schema.type) {
    case 'array':
      return [exampleOf((schema.items ?? {}) as Schema, schemas, depth + 1)];
    case 'object':
    case undefined: {
      const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
      return Object.fromEntries(properties.map(([name, property]) => [name, exampleOf(property, schemas, depth + 1)]));
    }
    case 'string':
      return schema.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'string';
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return null;
  }
}
