import type { EventStoreDBClient } from '@eventstore/db-client';
import { EventEmitter } from 'node:events';
import type { StoredEvent } from '../event-store.port.js';
import { esdbCatchUpSubscription } from './esdb-subscription.js';

/**
 * No EventStoreDB server runs here: the server stream is stood in for by an emitter with the few calls
 * the subscription makes (pause, resume, unsubscribe). What is checked is the subscription's own part.
 */
class ServerStream extends EventEmitter {
  paused = false;
  pause = () => void (this.paused = true);
  resume = () => void (this.paused = false);
  isPaused = () => this.paused;
  unsubscribe = async () => undefined;
}

const recorded = (n: number, type = 'T') => ({
  event: {
    streamId: 's',
    id: `e-${n}`,
    revision: BigInt(n),
    type,
    created: new Date(0),
    data: {},
    metadata: {},
    position: { commit: BigInt(n * 10), prepare: BigInt(n * 10) },
  },
});

const until = async (done: () => boolean) => {
  for (let i = 0; i < 600 && !done(); i += 1) await new Promise((r) => setTimeout(r, 5));
};

describe('EventStoreDB catch-up subscription', () => {
  it("hands the events over in batches of at most the runner's batchSize, in log order", async () => {
    const stream = new ServerStream();
    const client = { subscribeToAll: () => stream } as unknown as EventStoreDBClient;
    const batches: (readonly StoredEvent[])[] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((r) => (release = r));
    const subscription = esdbCatchUpSubscription(
      client,
      null,
      async (events) => {
        batches.push(events);
        if (batches.length === 1) await first;
      },
      undefined,
      { batchSize: 3 },
    );
    stream.emit('data', recorded(1));
    await until(() => batches.length === 1);
    for (let n = 2; n <= 8; n += 1) stream.emit('data', recorded(n));
    release();
    await until(() => batches.flat().length === 8);
    await subscription.stop();
    expect(batches.map((b) => b.length)).toEqual([1, 3, 3, 1]);
    expect(batches.flat().map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3', 'e-4', 'e-5', 'e-6', 'e-7', 'e-8']);
  });

  it('tells onError when the server stream fails and subscribes again after the last handled position', async () => {
    const streams = [new ServerStream(), new ServerStream()];
    const from: unknown[] = [];
    const client = {
      subscribeToAll: (options: { fromPosition: unknown }) => {
        from.push(options.fromPosition);
        return streams[from.length - 1];
      },
    } as unknown as EventStoreDBClient;
    const handled: string[] = [];
    const errors: unknown[] = [];
    const subscription = esdbCatchUpSubscription(
      client,
      null,
      async (events) => void handled.push(...events.map((e) => e.id)),
      (e) => errors.push(e),
    );
    streams[0].emit('data', recorded(1));
    await until(() => handled.length === 1);
    streams[0].emit('error', new Error('connection reset'));
    await until(() => from.length === 2);
    // The new server stream resends what came before: the subscription hands it over once.
    streams[1].emit('data', recorded(1));
    streams[1].emit('data', recorded(2));
    await until(() => handled.length === 2);
    await subscription.stop();
    expect(errors).toEqual([new Error('connection reset')]);
    expect(from[1]).toEqual({ commit: 10n, prepare: 10n });
    expect(handled).toEqual(['e-1', 'e-2']);
  });

  it('hands over only the types asked for, and the position of the last event read, whatever its type', async () => {
    const stream = new ServerStream();
    const client = { subscribeToAll: () => stream } as unknown as EventStoreDBClient;
    const calls: { ids: string[]; reached: unknown }[] = [];
    const subscription = esdbCatchUpSubscription(
      client,
      null,
      async (events, reached) => void calls.push({ ids: events.map((e) => e.id), reached }),
      undefined,
      { types: ['Wanted'] },
    );
    stream.emit('data', recorded(1, 'Wanted'));
    stream.emit('data', recorded(2));
    await until(() => calls.length > 0 && calls[calls.length - 1].reached === '20-20');
    stream.emit('data', recorded(3));
    await until(() => calls[calls.length - 1].reached === '30-30');
    await subscription.stop();
    expect(calls.flatMap((c) => c.ids)).toEqual(['e-1']);
    expect(calls[calls.length - 1]).toEqual({ ids: [], reached: '30-30' });
  });
});
