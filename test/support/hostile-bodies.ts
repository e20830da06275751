import fc from 'fast-check';

/** The part of a JSON schema (as /docs-json states a body) the mutations need. */
export interface BodySchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, BodySchema>>;
  readonly required?: readonly string[];
  readonly items?: BodySchema;
  readonly maxLength?: number;
  readonly nullable?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly example?: unknown;
}

/** Controls a text field must refuse (tab and line breaks may be legitimate in a reason), and lone surrogates. */
const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u202e', '\u2066', '\u2028'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Location = { readonly path: readonly (string | number)[]; readonly schema: BodySchema; readonly value: Json };

/** A body that no write may accept: the document's example with one to three faults, or no object at all. */
export function hostileBody(schema: BodySchema, example: unknown): fc.Arbitrary<string> {
  if (example === undefined) return notABody;
  const locations = locationsOf(example as Json, schema, []);
  const mutation = fc.constantFrom(...locations).chain((location) => faultFor(location).map((fault) => ({ location, fault })));
  const mutated = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((faults) => {
    let body = structuredClone(example) as Json;
    for (const { location, fault } of faults) body = fault(body, location.path);
    return JSON.stringify(body);
  });
  return fc.oneof({ arbitrary: mutated, weight: 9 }, { arbitrary: notABody, weight: 1 });
}

/** A CSV body that no import may accept: the example with a control character, bytes that are not UTF-8, or a cut. */
export function hostileCsv(example: string): fc.Arbitrary<string | Uint8Array> {
  const at = fc.nat(example.length);
  const notUtf8 = [[0xff], [0xc3, 0x28], [0xe9], [0xed, 0xa0, 0x80]];
  return fc.oneof(
    fc.tuple(fc.constantFrom(...CONTROLS.filter((c) => c !== '\u2028')), at).map(([c, i]) => example.slice(0, i) + c + example.slice(i)),
    fc
      .tuple(fc.constantFrom(...notUtf8), at)
      .map(([bytes, i]) => Buffer.concat([Buffer.from(example.slice(0, i)), Buffer.from(bytes), Buffer.from(example.slice(i))])),
    fc.integer({ min: 1, max: example.indexOf('\n') }).map((cut) => example.slice(cut)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.integer({ min: 5_000, max: 100_000 }).map((n) => `${example}${'x;'.repeat(n)}\n`),
  );
}

const notABody = fc.oneof(
  fc.constantFrom('null', '""', '0', 'true', '[]', '"{}"', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"x":1}}}'),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: 33, max: 3000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
);

function locationsOf(value: Json, schema: BodySchema, path: (string | number)[]): Location[] {
  const here: Location = { path, schema, value };
  if (Array.isArray(value) && schema.items) return [here, ...value.flatMap((item, i) => locationsOf(item, schema.items!, [...path, i]))];
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.properties)
    return [
      here,
      ...Object.entries(value).flatMap(([key, inner]) =>
        schema.properties![key] ? locationsOf(inner, schema.properties![key], [...path, key]) : [],
      ),
    ];
  return [here];
}

type Fault = (body: Json, path: readonly (string | number)[]) => Json;

/** Replaces the value at `path`; `undefined` deletes the key. */
const put =
  (replacement: (current: Json) => Json | undefined): Fault =>
  (body, path) => {
    if (path.length === 0) return replacement(body) ?? null;
    const parent = path.slice(0, -1).reduce<Json | undefined>((node, key) => (isObject(node) ? node[key as string] : undefined), body);
    // An earlier fault replaced or removed what held this location: that fault stands.
    if (!isObject(parent)) return body;
    const key = path[path.length - 1] as string;
    const next = replacement(parent[key]);
    if (next === undefined) delete parent[key];
    else parent[key] = next;
    return body;
  };

/** Beyond what a double holds exactly: no field of any range may take them. */
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 53) - 2, 1e21];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const deep = (depth: number, leaf: Json): Json =>
  Array.from({ length: depth }).reduce<Json>((inner, _, i) => (i % 2 ? [inner] : { a: inner }), leaf);

const anyOtherType = (type: string, nullable: boolean): fc.Arbitrary<Json> =>
  fc.oneof(
    ...[
      type !== 'string' ? fc.oneof(fc.constant('12'), fc.constant('true'), fc.constant('2016-09-05'), fc.string({ maxLength: 8 })) : null,
      type !== 'integer' && type !== 'number' ? fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) : null,
      type !== 'boolean' ? fc.boolean() : null,
      type !== 'array' ? fc.constantFrom<Json>([], ['x'], [1, 2]) : null,
      type !== 'object' ? fc.constantFrom<Json>({}, { x: 1 }) : null,
      nullable ? null : fc.constant(null),
    ].filter((a): a is fc.Arbitrary<Json> => a !== null),
  );

/** Faults that make any value at a location invalid, chosen by what the schema says it must be. */
function faultFor({ schema, value }: Location): fc.Arbitrary<Fault> {
  const faults: fc.Arbitrary<Fault>[] = [
    fc.integer({ min: 33, max: 400 }).map((depth) => put(() => deep(depth, 'x'))),
    fc.integer({ min: 2, max: 20 }).map((depth) => put(() => deep(depth, 1))),
  ];
  // Without a stated type, another type might be a valid one.
  if (schema.type) faults.push(anyOtherType(schema.type, schema.nullable === true).map((other) => put(() => other)));
  if (schema.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const required = (schema.required ?? []).filter((key) => key in value);
    if (required.length > 0) faults.push(fc.constantFrom(...required).map((key) => put((o) => omit(o, key))));
    faults.push(
      fc
        .tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 12 })), fc.jsonValue({ maxDepth: 2 }))
        .filter(([key]) => !(key in (schema.properties ?? {})))
        .map(([key, extra]) => put((o) => withOwnKey(o, key, extra as Json))),
    );
  }
  if (schema.type === 'string') {
    // Inside the text, never at an end: trimming takes a line separator off an end, and what is left is valid.
    const text = typeof value === 'string' && value.length >= 2 ? value : 'xx';
    const inside = fc.integer({ min: 1, max: text.length - 1 });
    faults.push(
      fc.integer({ min: (schema.maxLength ?? 4096) + 1, max: 200_000 }).map((n) => put(() => 'x'.repeat(n))),
      fc.tuple(fc.constantFrom(...CONTROLS), inside).map(([c, at]) => put(() => text.slice(0, at) + c + text.slice(at))),
      fc.tuple(fc.constantFrom(...SURROGATES), inside).map(([c, at]) => put(() => text.slice(0, at) + c + text.slice(at))),
    );
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    faults.push(fc.constantFrom(...HUGE_NUMBERS).map((n) => put(() => n)));
    const outside = [schema.minimum === undefined ? null : schema.minimum - 1, schema.maximum === undefined ? null : schema.maximum + 1];
    const bounds = outside.filter((n): n is number => n !== null);
    if (bounds.length > 0) faults.push(fc.constantFrom(...bounds).map((n) => put(() => n)));
    if (schema.type === 'integer') faults.push(fc.integer({ min: 1, max: 1_000_000 }).map((n) => put(() => n + 0.5)));
  }
  return fc.oneof(...faults);
}

const isObject = (value: Json | undefined): value is Record<string, Json> => typeof value === 'object' && value !== null;

function omit(object: Json, key: string): Json {
  const copy = { ...(object as Record<string, Json>) };
  delete copy[key];
  return copy;
}

/** An own key, even `__proto__`, as a hostile JSON text would carry it. */
function withOwnKey(object: Json, key: string, value: Json): Json {
  const copy = { ...(object as Record<string, Json>) };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
