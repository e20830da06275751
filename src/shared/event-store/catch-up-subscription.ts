import type { EventEmitter } from 'node:events';
import type { EventStore, Position, StoredEvent, Subscription } from './event-store.port.js';
import { retryingLoop } from './retrying-loop.js';

const BATCH = 500;
/** Appends from another process (a CLI import, a second instance) are not signalled: poll for them. */
const POLL_MS = 250;
const MAX_BACKOFF_MS = 5_000;
/**
 * A batch holds the event loop while it is read and handled: every request of the service waits that
 * long. Batches are sized so that one takes about this long (a 100 000-row import applied in batches of
 * 2 000 held each request ~150 ms), between MIN_BATCH events and the subscriber's batch size.
 */
const BATCH_BUDGET_MS = 50;
const MIN_BATCH = 100;

/**
 * Reads the log in batches from `after`, then waits for a local append signal or the poll interval.
 * One batch is handled at a time, in order, with a turn of the event loop between batches; a failed
 * batch is read and handled again after a pause.
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
  let limit = batchSize;
  const loop = retryingLoop(
    async ({ nap }) => {
      const started = performance.now();
      const batch = await store.readAll({ after: position, limit });
      if (batch.events.length === 0) return nap(POLL_MS);
      await handle(batch.events);
      position = batch.last;
      limit = nextLimit(batch.events.length, performance.now() - started, batchSize);
      // A turn of the event loop before the next batch: a handler that commits nothing (the notices
      // outbox on events of no concern to it) otherwise read a long log in one go, before the service
      // even listened (193 s at 10 million events) and after every large import.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    { firstPauseMs: POLL_MS, maxPauseMs: MAX_BACKOFF_MS },
    onError,
  );
  const onAppend = () => loop.wake();
  signals.on('append', onAppend);

  return {
    async stop() {
      signals.off('append', onAppend);
      await loop.stop();
    },
  };
}

/** The batch that would have taken BATCH_BUDGET_MS at the pace of the last one. */
function nextLimit(events: number, ms: number, batchSize: number): number {
  const fitting = Math.floor((events * BATCH_BUDGET_MS) / Math.max(ms, 1));
  return Math.max(Math.min(MIN_BATCH, batchSize), Math.min(batchSize, fitting));
}
