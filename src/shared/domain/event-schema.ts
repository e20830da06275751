/**
 * Events are kept for good, in the shape they were written with; code changes. An event type's
 * current schema version is what its aggregate writes today; an upcaster turns the data of one older
 * version into the next, so every reader sees only the current shape.
 */
export type EventData = Readonly<Record<string, unknown>>;

/** From one schema version to the next. Pure: the data in, the data out; no lookups, no clock. */
export type Upcaster = (data: EventData) => EventData;

/** Per event type, the upcaster from each older version: `{ AwardGranted: { 1: (v1) => v2 } }`. */
export type Upcasters<T extends string = string> = Partial<Readonly<Record<T, Readonly<Record<number, Upcaster>>>>>;

export interface EventSchema {
  /** The version the code writes and reads. */
  readonly version: number;
  /** Upcasters from version 1 up to `version - 1`, complete: one per older version. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
}

/** Every event type the code knows, by type string. */
export type EventSchemas = ReadonlyMap<string, EventSchema>;

/** One context's declaration: the versions it writes and the upcasters to them. */
export interface ContextSchemas<T extends string = string> {
  readonly versions: Readonly<Record<T, number>>;
  readonly upcasters: Upcasters<T>;
}

/**
 * All contexts' schemas in one map, checked once at start-up: a type declared twice, an upcaster for
 * a version that is not older, or a gap in a chain fails here rather than on the first old event read.
 */
export function eventSchemas(...contexts: readonly ContextSchemas[]): EventSchemas {
  const schemas = new Map<string, EventSchema>();
  for (const { versions, upcasters } of contexts) {
    for (const [type, version] of Object.entries<number>(versions)) {
      if (schemas.has(type)) throw new Error(`event type ${type} is declared by two contexts`);
      if (!Number.isInteger(version) || version < 1)
        throw new Error(`event type ${type}: schema version ${version} is not a whole number from 1`);
      const chain = upcasters[type] ?? {};
      for (let from = 1; from < version; from++)
        if (!Object.hasOwn(chain, from))
          throw new Error(`event type ${type} is at version ${version} but has no upcaster from version ${from}`);
      const extra = Object.keys(chain).filter((from) => !(Number(from) >= 1 && Number(from) < version));
      if (extra.length > 0)
        throw new Error(`event type ${type} is at version ${version}: no upcaster can start from version ${extra.join(', ')}`);
      schemas.set(type, { version, upcasters: chain });
    }
    for (const type of Object.keys(upcasters))
      if (!Object.hasOwn(versions, type)) throw new Error(`upcasters for ${type}, which has no schema version`);
  }
  return schemas;
}

/** An event recorded by newer code than this: reading on would mean guessing its shape. */
export class UnknownSchemaVersion extends Error {
  constructor(
    readonly type: string,
    readonly recorded: number,
    readonly known: number,
  ) {
    super(`event type ${type} was recorded with schema version ${recorded}; this code knows versions 1 to ${known}`);
    this.name = 'UnknownSchemaVersion';
  }
}

/**
 * The data of an event recorded with `version`, in its type's current shape, and that version. A type
 * no context declares is passed on as recorded: no reader handles it.
 */
export function upcastData(schemas: EventSchemas, type: string, version: number, data: EventData): { version: number; data: EventData } {
  const schema = schemas.get(type);
  if (!schema || version === schema.version) return { version, data };
  if (version > schema.version || version < 1) throw new UnknownSchemaVersion(type, version, schema.version);
  let upcast = data;
  for (let from = version; from < schema.version; from++) upcast = schema.upcasters[from](upcast);
  return { version: schema.version, data: upcast };
}
