import { EVENT_SCHEMAS } from '../../platform/event-schemas.js';
import { eventSchemas, UnknownSchemaVersion, upcastData } from './event-schema.js';

/** A made-up history: v1 `{ amount }` in euros, v2 in cents, v3 with a currency. */
const priced = eventSchemas({
  versions: { PricedThing: 3, OtherThing: 1 },
  upcasters: {
    PricedThing: {
      1: ({ amount, ...rest }) => ({ ...rest, amountCents: Number(amount) * 100 }),
      2: (data) => ({ ...data, currency: 'EUR' }),
    },
  },
});

describe('event schemas and upcasting', () => {
  it('runs an old event through every upcaster from its version up to the current one, in order', () => {
    expect(upcastData(priced, 'PricedThing', 1, { id: 'a', amount: 12 })).toEqual({
      version: 3,
      data: { id: 'a', amountCents: 1200, currency: 'EUR' },
    });
    expect(upcastData(priced, 'PricedThing', 2, { id: 'a', amountCents: 5 })).toEqual({
      version: 3,
      data: { id: 'a', amountCents: 5, currency: 'EUR' },
    });
  });

  it('hands a current event, and one of a type no context declares, back as recorded', () => {
    const data = { id: 'a' };
    expect(upcastData(priced, 'OtherThing', 1, data).data).toBe(data);
    expect(upcastData(priced, 'SomethingElse', 7, data)).toEqual({ version: 7, data });
  });

  it('refuses an event newer than the code, naming the type and both versions', () => {
    expect(() => upcastData(priced, 'PricedThing', 4, {})).toThrow(UnknownSchemaVersion);
    expect(() => upcastData(priced, 'PricedThing', 4, {})).toThrow(
      'event type PricedThing was recorded with schema version 4; this code knows versions 1 to 3',
    );
  });

  it('refuses at start-up a chain with a gap, an upcaster from a version not older, and a type declared twice', () => {
    expect(() => eventSchemas({ versions: { T: 3 }, upcasters: { T: { 2: (d) => d } } })).toThrow(
      'event type T is at version 3 but has no upcaster from version 1',
    );
    expect(() => eventSchemas({ versions: { T: 1 }, upcasters: { T: { 1: (d) => d } } })).toThrow('no upcaster can start from version 1');
    expect(() => eventSchemas({ versions: { T: 1 }, upcasters: {} }, { versions: { T: 1 }, upcasters: {} })).toThrow(
      'event type T is declared by two contexts',
    );
    expect(() => eventSchemas({ versions: { T: 1 }, upcasters: { U: {} } })).toThrow('upcasters for U, which has no schema version');
  });

  it("reads the log with every context's event types", () => {
    for (const type of [
      'MandateGranted',
      'OutsourcingLaunched',
      'AwardGranted',
      'ParticipantRegistered',
      'TargetsSet',
      'IndicatorYearClosed',
    ])
      expect(EVENT_SCHEMAS.get(type)?.version).toBeGreaterThanOrEqual(1);
    // A close keeps the published figures since version 2; a version-1 close is read through its upcaster.
    expect(EVENT_SCHEMAS.get('IndicatorYearClosed')?.version).toBe(2);
    expect(EVENT_SCHEMAS.get('IndicatorYearClosed')?.upcasters[1]).toBeDefined();
  });
});
