import { type EventStoreDBClient, excludeSystemEvents, START } from '@eventstore/db-client';
import type { Position, StoredEvent, Subscription, SubscriptionHandler, SubscriptionOptions } from '../event-store.port.js';
import { type LoopControl, retryingLoop } from '../retrying-loop.js';
import { type EsdbRecordedEvent, fromEsdbEvent } from './event-mapping.js';
import { comparePositionTokens, parsePositionToken } from './position-token.js';

const BATCH = 500;
const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 5_000;

/**
 * `subscribeToAll` from the last position the handler finished, never from a server checkpoint (a
 * filtered subscription's checkpoint can lie past an event not yet handled). Events are handed over in
 * batches of what has arrived, at most `batchSize`; when the server stream or the handler fails, the subscription is dropped
 * and opened again from the last handled position after a growing pause, so nothing is skipped or applied twice.
 * `types` are kept here, not by the server, for the same reason: the batch's last position is the one reached.
 */
export function esdbCatchUpSubscription(
  client: EventStoreDBClient,
  after: Position | null,
  handle: SubscriptionHandler,
  onError?: (error: unknown) => void,
  { batchSize = BATCH, types }: SubscriptionOptions = {},
): Subscription {
  const wanted = types ? new Set(types) : null;
  let handled: Position | null = after;
  // Events buffered ahead of the handler before the server stream is paused.
  const highWater = 2 * batchSize;

  const runOnce = async ({ isStopped, nap, wake }: LoopControl) => {
    const queue: StoredEvent[] = [];
    const state: { failure: Error | null } = { failure: null };
    const from = handled === null ? START : parsePositionToken(String(handled));
    if (from === null) throw new Error(`not an EventStoreDB position: ${String(handled)}`);
    const stream = client.subscribeToAll({ fromPosition: from, filter: excludeSystemEvents() });
    stream.on('data', (resolved: { event?: EsdbRecordedEvent }) => {
      if (!resolved.event) return;
      queue.push(fromEsdbEvent(resolved.event));
      if (queue.length >= highWater) stream.pause();
      wake();
    });
    const fail = (error: unknown) => {
      state.failure ??= error instanceof Error ? error : new Error('the EventStoreDB subscription failed', { cause: error });
      wake();
    };
    stream.on('error', fail);
    stream.on('end', () => fail(new Error('the EventStoreDB subscription ended')));
    try {
      while (!isStopped() && state.failure === null) {
        if (queue.length === 0) {
          await nap(MAX_BACKOFF_MS);
          continue;
        }
        // The server starts after `fromPosition`; the guard keeps a resubscription exactly-once whatever it resends.
        const batch = queue.splice(0, batchSize).filter((e) => handled === null || comparePositionTokens(e.position, handled) > 0);
        if (stream.isPaused() && queue.length < batchSize) stream.resume();
        if (batch.length === 0) continue;
        const reached = batch[batch.length - 1].position;
        await handle(wanted ? batch.filter((e) => wanted.has(e.type)) : batch, reached);
        handled = reached;
      }
      if (state.failure !== null) throw state.failure;
    } finally {
      await stream.unsubscribe().catch(() => undefined);
    }
  };

  const loop = retryingLoop(runOnce, { firstPauseMs: MIN_BACKOFF_MS, maxPauseMs: MAX_BACKOFF_MS }, onError);
  return { stop: () => loop.stop() };
}
