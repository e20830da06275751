import { randomUUID } from 'node:crypto';
import type { EventFilter, EventStore, NewEvent, Position, StoredEvent } from '../../src/shared/event-store/event-store.port.js';
import { IdempotencyViolation, WrongExpectedRevision } from '../../src/shared/event-store/errors.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c-1', causationId: 'c-1' };
const event = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata,
});

/**
 * Every event store adapter must pass this suite unchanged. `skip` lists the cases as skipped, by name,
 * where the adapter's server is not configured.
 */
export function eventStoreContract(adapter: string, open: () => Promise<EventStore>, { skip = false } = {}): void {
  (skip ? describe.skip : describe)(`event store contract: ${adapter}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('appends to a new stream and reads it back in revision order with all fields', async () => {
      const result = await store.append('mandate-1', [event('A', { n: 1 }), event('B', { n: 2 })], { expectedRevision: 'no-stream' });
      expect(result.revision).toBe(1);
      const read = await store.readStream('mandate-1');
      expect(read.map((e) => [e.type, e.revision, e.data])).toEqual([
        ['A', 0, { n: 1 }],
        ['B', 1, { n: 2 }],
      ]);
      expect(read[1].position).toEqual(result.position);
      expect(read[0].metadata).toEqual(metadata);
      expect(read[0].schemaVersion).toBe(1);
      expect(new Date(read[0].recordedAt).toISOString()).toBe(read[0].recordedAt);
    });

    it('refuses an append whose expected revision is stale, and appends nothing', async () => {
      await store.append('s', [event('A')], { expectedRevision: 'no-stream' });
      await expect(store.append('s', [event('B')], { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(store.append('s', [event('B')], { expectedRevision: 5 })).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream('s')).toHaveLength(1);
    });

    it('lets exactly one of two concurrent appends with the same expected revision win', async () => {
      await store.append('s', [event('A')], { expectedRevision: 'no-stream' });
      const outcomes = await Promise.allSettled([
        store.append('s', [event('B')], { expectedRevision: 0 }),
        store.append('s', [event('C')], { expectedRevision: 0 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream('s')).toHaveLength(2);
    });

    it('lets exactly one of many concurrent appends with the same expected revision win, each told its own outcome', async () => {
      await store.append('s', [event('A')], { expectedRevision: 'no-stream' });
      const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => store.append('s', [event('B')], { expectedRevision: 0 })));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const reasons = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(reasons).toHaveLength(11);
      for (const reason of reasons) expect(reason).toBeInstanceOf(WrongExpectedRevision);
      expect((await store.readStream('s')).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('lets concurrent appends to different streams all win, in one order of the log', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.append(`p-${i}`, [event(`E${i}`), event(`F${i}`)], { expectedRevision: 'no-stream' })),
      );
      expect(results.map((r) => r.revision)).toEqual(Array.from({ length: 20 }, () => 1));
      const all = (await store.readAll({ after: null, limit: 100 })).events;
      expect(all).toHaveLength(40);
      // Each append's events stay together in the log, and its result names its own last event.
      for (let k = 0; k < all.length; k += 2) {
        const i = Number(all[k].type.slice(1));
        expect([all[k].type, all[k + 1].type]).toEqual([`E${i}`, `F${i}`]);
        expect(all[k + 1].position).toEqual(results[i].position);
      }
    });

    it('fails only the conflicting append when concurrent appends meet a conflict among them', async () => {
      await store.append('taken', [event('A')], { expectedRevision: 'no-stream' });
      const [before, conflicting, after] = await Promise.allSettled([
        store.append('first', [event('B')], { expectedRevision: 'no-stream' }),
        store.append('taken', [event('C')], { expectedRevision: 'no-stream' }),
        store.append('last', [event('D')], { expectedRevision: 'no-stream' }),
      ]);
      expect(before.status).toBe('fulfilled');
      expect(after.status).toBe('fulfilled');
      expect(conflicting.status === 'rejected' && conflicting.reason).toBeInstanceOf(WrongExpectedRevision);
      expect((await store.readAll({ after: null, limit: 10 })).events.map((e) => e.type)).toEqual(['A', 'B', 'D']);
      expect((await store.verifyIntegrity()).valid).toBe(true);
    });

    it('orders the global log across streams and reads it from a position in batches', async () => {
      await store.append('a', [event('A1')], { expectedRevision: 'any' });
      await store.append('b', [event('B1'), event('B2')], { expectedRevision: 'any' });
      await store.append('a', [event('A2')], { expectedRevision: 'any' });
      const all = await store.readAll({ after: null, limit: 100 });
      expect(all.events.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
      for (let i = 1; i < all.events.length; i += 1) {
        expect(store.comparePositions(all.events[i].position, all.events[i - 1].position)).toBeGreaterThan(0);
      }
      const first = await store.readAll({ after: null, limit: 2 });
      expect(first.events.map((e) => e.type)).toEqual(['A1', 'B1']);
      const rest = await store.readAll({ after: first.last, limit: 100 });
      expect(rest.events.map((e) => e.type)).toEqual(['B2', 'A2']);
      const none = await store.readAll({ after: rest.last, limit: 100 });
      expect(none.events).toEqual([]);
      expect(await store.headPosition()).toEqual(rest.last);
      expect(store.parsePosition(String(rest.last))).toEqual(rest.last);
    });

    it('reads the log filtered by type, metadata, recorded time and what the events concern, in pages', async () => {
      const by = (actor: string, role: string, correlationId: string) => ({ actor, role, correlationId, causationId: correlationId });
      const tagged = (type: string, data: Record<string, unknown>, meta = metadata): NewEvent => ({ ...event(type, data), metadata: meta });
      await store.append('holder-1', [tagged('Granted', { holder: '1' }, by('ann', 'adviser', 'r-1'))], { expectedRevision: 'any' });
      await store.append('call-1', [tagged('Awarded', { holder: '1', award: 'a' }, by('ann', 'adviser', 'r-2'))], {
        expectedRevision: 'any',
      });
      await store.append('call-1', [tagged('Awarded', { holder: '2', award: 'b' }, by('bob', 'adviser', 'r-3'))], {
        expectedRevision: 'any',
      });
      await store.append('money-a', [tagged('Paid', { award: 'a' }, by('cis', 'management', 'r-4'))], { expectedRevision: 'any' });
      const types = async (filter: EventFilter, after: Position | null = null, limit = 100) =>
        (await store.readFiltered(filter, { after, limit })).events.map((e) => `${e.type}:${e.stream}`);

      expect(await types({})).toEqual(['Granted:holder-1', 'Awarded:call-1', 'Awarded:call-1', 'Paid:money-a']);
      expect(await types({ types: ['Granted', 'Paid'] })).toEqual(['Granted:holder-1', 'Paid:money-a']);
      expect(await types({ types: [] })).toEqual([]);
      expect(await types({ actor: 'ann', role: 'adviser' })).toEqual(['Granted:holder-1', 'Awarded:call-1']);
      expect(await types({ role: 'management' })).toEqual(['Paid:money-a']);
      expect(await types({ correlationId: 'r-3' })).toEqual(['Awarded:call-1']);
      expect(await types({ concerning: { streams: ['holder-1'], data: { award: ['a'] } } })).toEqual([
        'Granted:holder-1',
        'Awarded:call-1',
        'Paid:money-a',
      ]);
      expect(await types({ concerning: { data: { holder: ['2'] } } })).toEqual(['Awarded:call-1']);
      expect(await types({ concerning: {} })).toEqual([]);

      const all = (await store.readAll({ after: null, limit: 100 })).events;
      const [first, last] = [all[0].recordedAt, all[all.length - 1].recordedAt];
      expect(await types({ recordedFrom: first, recordedUntil: last })).toHaveLength(4);
      expect(await types({ recordedFrom: '2999-01-01T00:00:00.000Z' })).toEqual([]);
      expect(await types({ recordedUntil: '2000-01-01T00:00:00.000Z' })).toEqual([]);

      const page = await store.readFiltered({ actor: 'ann' }, { after: null, limit: 1 });
      expect(page.events.map((e) => e.type)).toEqual(['Granted']);
      expect(page.last).toEqual(page.events[0].position);
      expect(await types({ actor: 'ann' }, page.last)).toEqual(['Awarded:call-1']);
      const none = await store.readFiltered({ actor: 'nobody' }, { after: page.last, limit: 10 });
      expect(none).toEqual({ events: [], last: page.last });
    });

    it('treats a re-append of the same event ids as done, appending nothing', async () => {
      const batch = [event('A'), event('B')];
      const first = await store.append('s', batch, { expectedRevision: 'no-stream' });
      const again = await store.append('s', batch, { expectedRevision: 'no-stream' });
      expect(again).toEqual(first);
      expect(await store.readStream('s')).toHaveLength(2);
      await expect(store.append('s', [batch[0], event('C')], { expectedRevision: 1 })).rejects.toBeInstanceOf(IdempotencyViolation);
      // A stored id further into the batch: refused as a whole, the new event before it not appended either.
      await expect(store.append('s', [event('D'), batch[1]], { expectedRevision: 1 })).rejects.toBeInstanceOf(IdempotencyViolation);
      expect((await store.readStream('s')).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('delivers past and new events to a catch-up subscription, in order', async () => {
      await store.append('s', [event('A')], { expectedRevision: 'any' });
      const seen: StoredEvent[] = [];
      let resolveDone: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const subscription = store.subscribe(null, async (events) => {
        seen.push(...events);
        if (seen.length === 3) resolveDone();
      });
      await store.append('t', [event('B'), event('C')], { expectedRevision: 'any' });
      await done;
      await subscription.stop();
      expect(seen.map((e) => e.type)).toEqual(['A', 'B', 'C']);
    });

    it('delivers only the types a subscription asks for, in order, and tells how far it has read', async () => {
      await store.append('s', [event('A', { n: 1 }), event('B', { n: 2 }), event('A', { n: 3 })], { expectedRevision: 'any' });
      const seen: StoredEvent[] = [];
      const reached: Position[] = [];
      let resolveDone: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const subscription = store.subscribe(
        null,
        async (events, at) => {
          seen.push(...events);
          reached.push(at);
          if (seen.length === 3) resolveDone();
        },
        undefined,
        { types: ['A', 'C'] },
      );
      await store.append('t', [event('B', { n: 4 }), event('C', { n: 5 }), event('B', { n: 6 })], { expectedRevision: 'any' });
      await done;
      await subscription.stop();
      expect(seen.map((e) => [e.type, e.data.n])).toEqual([
        ['A', 1],
        ['A', 3],
        ['C', 5],
      ]);
      for (const [i, at] of reached.entries()) if (i > 0) expect(store.comparePositions(at, reached[i - 1])).toBeGreaterThan(0);
      expect(store.comparePositions(reached[reached.length - 1], seen[2].position)).toBeGreaterThanOrEqual(0);
    });
  });
}
