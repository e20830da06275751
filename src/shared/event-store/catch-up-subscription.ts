import type { EventEmitter } from 'node:events';
import type { Position, StoredEvent, Subscription, SubscriptionHandler } from './event-store.port.js';
import { retryingLoop } from './retrying-loop.js';

const BATCH = 500;
/** Appends from another process (a CLI import, a second instance) are not signalled: poll for them. */
const POLL_MS = 250;
const MAX_BACKOFF_MS = 5_000;

/** One read of the log after a position: the events to deliver and how far the read looked. */
export interface CatchUpRead {
  readonly events: readonly StoredEvent[];
  /** Equal to `after` when nothing new was found. */
  readonly reached: Position | null;
}

export type CatchUpReader = (after: Position | null, limit: number) => Promise<CatchUpRead>;

/**
 * Reads the log in batches from `after`, then waits for a local append signal or the poll interval.
 * One batch is handled at a time, in order, with a turn of the event loop between batches; a failed
 * batch is read and handled again after a pause.
 */
export function catchUpSubscription(
  read: CatchUpReader,
  signals: EventEmitter,
  after: Position | null,
  handle: SubscriptionHandler,
  onError?: (error: unknown) => void,
  batchSize = BATCH,
): Subscription {
  let position = after;
  const loop = retryingLoop(
    async ({ nap }) => {
      const batch = await read(position, batchSize);
      if (batch.reached === null || batch.reached === position) return nap(POLL_MS);
      await handle(batch.events, batch.reached);
      position = batch.reached;
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
