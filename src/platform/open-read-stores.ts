import { MongoClient } from 'mongodb';
import { join } from 'node:path';
import type { AppConfig } from '../config/config.js';
import { SqliteIdempotencyStore, type IdempotencyStore } from '../shared/http/idempotency.store.js';
import { MongoIdempotencyStore } from '../shared/http/mongo-idempotency.store.js';
import { connectMongo } from '../shared/mongodb/mongo-connection.js';
import { MongoReadStore } from '../shared/mongodb/mongo-read-store.js';
import type { ReadStore } from '../shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../shared/read-store/sqlite-read-store.js';
import { StoreUnreachable, withoutCredentials } from './open-event-store.js';

/** As for the event store: the server answers well inside 10 s of the start, or the start stops. */
export const READ_STORE_START_DEADLINE_MS = 5_000;

export interface OpenedReadStores {
  readonly kind: 'sqlite' | 'mongodb';
  readonly readStore: ReadStore;
  readonly idempotency: IdempotencyStore;
  /** The client the vault shares (READ_STORE=mongodb); null for the embedded stores. */
  readonly mongo: MongoClient | null;
  /** Resolves once the server answers and the indexes the routes need exist; rejects naming MONGODB_URL. */
  ready(): Promise<void>;
}

/** The read store and idempotency store READ_STORE selects (the vault follows it, see the delivery module). */
export function openReadStores(config: AppConfig): OpenedReadStores {
  const selected = config.stores?.readStore ?? { kind: 'sqlite' };
  if (selected.kind === 'mongodb') {
    const client = new MongoClient(selected.url, { serverSelectionTimeoutMS: READ_STORE_START_DEADLINE_MS, retryWrites: true });
    const readStore = new MongoReadStore(client, client.db().databaseName);
    const idempotency = new MongoIdempotencyStore(client.db());
    const answered = (async () => {
      await client.db('admin').command({ ping: 1 });
      await readStore.createIndexes();
      await idempotency.createIndexes();
    })().then(
      () => null,
      (error: unknown) => new StoreUnreachable(mongoUnreachable(selected.url, error)),
    );
    const ready = async () => {
      const error = await answered;
      if (error !== null) throw error;
    };
    return { kind: 'mongodb', readStore, idempotency, mongo: client, ready };
  }
  return {
    kind: 'sqlite',
    readStore: new SqliteReadStore(join(config.dataDir, 'read-models.db')),
    idempotency: new SqliteIdempotencyStore(join(config.dataDir, 'idempotency.db')),
    mongo: null,
    ready: async () => undefined,
  };
}

/** Asked by main.ts before the application is loaded, so that an unreachable server stops the start within 10 s. */
export async function assertReadStoreAnswers(config: AppConfig): Promise<void> {
  const selected = config.stores?.readStore;
  if (selected?.kind !== 'mongodb') return;
  try {
    const client = await connectMongo(selected.url, READ_STORE_START_DEADLINE_MS);
    await client.close();
  } catch (error) {
    throw new StoreUnreachable(mongoUnreachable(selected.url, (error as Error).cause ?? error));
  }
}

function mongoUnreachable(url: string, error: unknown): string {
  const cause = error instanceof Error ? error.message : String(error);
  return `MONGODB_URL ${withoutCredentials(url)} does not answer (${cause}): is MongoDB running, reachable and a replica set?`;
}

export const OPENED_READ_STORES = Symbol('OPENED_READ_STORES');
