import { MongoClient } from 'mongodb';

/**
 * Connects within `timeoutMs` or fails naming MONGODB_URL: an operator who started the service with
 * a wrong or unreachable URL learns which setting to fix, not a driver's stack.
 */
export async function connectMongo(url: string, timeoutMs = 10_000): Promise<MongoClient> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: timeoutMs, retryWrites: true });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return client;
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new Error(`MONGODB_URL: cannot reach MongoDB at ${redacted(url)}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** The URL without its password, for messages and logs. */
export function redacted(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** The client READ_STORE=mongodb opened, shared by the read store, the vault and the idempotency store; null on the embedded stores. */
export const MONGO_CLIENT = Symbol('MONGO_CLIENT');
