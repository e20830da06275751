import { randomUUID } from 'node:crypto';
import type { EventStore, Position, ReadAllBatch, StoredEvent } from '../../src/shared/event-store/event-store.port.js';

/**
 * One contract case's view of a shared server: its streams carry a prefix of their own and its global
 * log is the events under that prefix written after it opened. The contract asserts on the whole log
 * from the start, which a long-lived server shares between runs; this view gives each case a log of its own.
 */
export async function scopedEventStore(store: EventStore): Promise<EventStore> {
  const prefix = `contract${randomUUID().replaceAll('-', '')}-`;
  const start = await store.headPosition();
  const mine = (event: StoredEvent) => event.stream.startsWith(prefix);
  const unscoped = (event: StoredEvent): StoredEvent => ({ ...event, stream: event.stream.slice(prefix.length) });
  const scan = async (read: (after: Position | null) => Promise<ReadAllBatch>, after: Position | null, limit: number) => {
    const events: StoredEvent[] = [];
    let cursor = after ?? start;
    for (;;) {
      const batch = await read(cursor);
      for (const event of batch.events) {
        cursor = event.position;
        if (mine(event)) events.push(unscoped(event));
        if (events.length === limit) return { events, last: event.position };
      }
      if (batch.events.length === 0) return { events, last: events.length > 0 ? events[events.length - 1].position : after };
    }
  };
  return {
    append: (stream, events, options) => store.append(prefix + stream, events, options),
    readStream: async (stream, options) => (await store.readStream(prefix + stream, options)).map(unscoped),
    readAll: ({ after, limit }) => scan((from) => store.readAll({ after: from, limit: 500 }), after, limit),
    readFiltered: ({ concerning, ...filter }, { after, limit }) => {
      const scoped = concerning && { ...concerning, ...(concerning.streams && { streams: concerning.streams.map((s) => prefix + s) }) };
      return scan(
        (from) => store.readFiltered({ ...filter, ...(scoped && { concerning: scoped }) }, { after: from, limit: 500 }),
        after,
        limit,
      );
    },
    headPosition: async () => (await scan((from) => store.readAll({ after: from, limit: 500 }), null, Number.MAX_SAFE_INTEGER)).last,
    subscribe: (after, handle, onError, options) =>
      store.subscribe(
        after ?? start,
        async (events, reached) => {
          const own = events.filter(mine).map(unscoped);
          if (own.length > 0) await handle(own, reached);
        },
        onError,
        options,
      ),
    comparePositions: (a, b) => store.comparePositions(a, b),
    parsePosition: (token) => store.parsePosition(token),
    verifyIntegrity: () => store.verifyIntegrity(),
    close: () => store.close(),
  };
}
