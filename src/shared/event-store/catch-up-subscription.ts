import type { EventEmitter } from 'node:events';
import type { EventStore, Position, StoredEvent, Subscription } from './event-store.port.js';

const BATCH = 500;
/** Appends from another process (a CLI import, a second instance) are not signalled: poll for them. */
const POLL_MS = 250;

/**
 * Reads the log in batches from `after`, then waits for a local append signal or the poll interval.
 * One batch is handled at a time, in order.
 */
export function catchUpSubscription(
  store: Pick<EventStore, 'readAll'>,
  signals: EventEmitter,
  after: Position | null,
  handle: (events: readonly StoredEvent[]) => Promise<void>,
): Subscription {
  let position = after;
  let stopped = false;
  let wake: (() => void) | null = null;
  const onAppend = () => wake?.();
  signals.on('append', onAppend);

  const loop = (async () => {
    while (!stopped) {
      const batch = await store.readAll({ after: position, limit: BATCH });
      if (batch.events.length > 0) {
        await handle(batch.events);
        position = batch.last;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      signals.off('append', onAppend);
      await loop.catch(() => undefined);
    },
  };
}
