import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, StoredEvent } from '../../src/shared/event-store/event-store.port.js';
import { IdempotencyViolation, WrongExpectedRevision } from '../../src/shared/event-store/errors.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c-1', causationId: 'c-1' };
const event = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata,
});

/** Every event store adapter must pass this suite unchanged. */
export function eventStoreContract(adapter: string, open: () => Promise<EventStore>): void {
  describe(`event store contract: ${adapter}`, () => {
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

    it('treats a re-append of the same event ids as done, appending nothing', async () => {
      const batch = [event('A'), event('B')];
      const first = await store.append('s', batch, { expectedRevision: 'no-stream' });
      const again = await store.append('s', batch, { expectedRevision: 'no-stream' });
      expect(again).toEqual(first);
      expect(await store.readStream('s')).toHaveLength(2);
      await expect(store.append('s', [batch[0], event('C')], { expectedRevision: 1 })).rejects.toBeInstanceOf(IdempotencyViolation);
      expect(await store.readStream('s')).toHaveLength(2);
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
  });
}
