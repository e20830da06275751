import type { EventEmitter } from 'node:events';
import type { EventStore, Position, StoredEvent, Subscription } from './event-store.port.js';

const BATCH = 500;
/** Appends from another process (a CLI import, a second instance) are not signalled: poll for them. */
const POLL_MS = 250;
const MAX_BACKOFF_MS = 5_000;

/**
 * Reads the log in batches from `after`, then waits for a local append signal or the poll interval.
 * One batch is handled at a time, in order.
 */
export function catchUpSubscription(
  store: Pick<EventStore, 'readAll'>,
  signals: EventEmitter,
  after: Position | null,
  handle: (events: readonly StoredEvent[]) => Promise<void>,
  onError?: (error: unknown) => void,
  batchSize = BATCH,
): Subscription {
  let position = after;
  let stopped = false;
  let wake: (() => void) | null = null;
  const onAppend = () => wake?.();
  signals.on('append', onAppend);

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = null));

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      try {
        const batch = await store.readAll({ after: position, limit: batchSize });
        if (batch.events.length > 0) {
          await handle(batch.events);
          position = batch.last;
          failures = 0;
          continue;
        }
        failures = 0;
        await pause(POLL_MS);
      } catch (error) {
        // A busy or full disk usually passes: try the same batch again, a little later each time,
        // rather than let the subscription die and the read models silently stop.
        failures += 1;
        onError?.(error);
        await pause(Math.min(POLL_MS * 2 ** failures, MAX_BACKOFF_MS));
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      signals.off('append', onAppend);
      await loop;
    },
  };
}
