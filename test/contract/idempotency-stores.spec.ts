import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteIdempotencyStore } from '../../src/shared/http/idempotency.store.js';
import { MongoIdempotencyStore } from '../../src/shared/http/mongo-idempotency.store.js';
import { connectMongo } from '../../src/shared/mongodb/mongo-connection.js';
import { idempotencyStoreContract } from './idempotency-store.contract.js';

// Both adapters in one file: Jest lists the skipped MongoDB cases by name only beside cases that ran.
idempotencyStoreContract('SQLite', {
  open: async () => {
    const store = new SqliteIdempotencyStore(join(mkdtempSync(join(tmpdir(), 'daeb-idem-')), 'idempotency.db'));
    return Object.assign(store, { dispose: async () => store.close() });
  },
});

const url = process.env.MONGODB_URL;
idempotencyStoreContract(
  'MongoDB',
  url
    ? {
        open: async () => {
          const client = await connectMongo(url);
          const db = client.db(`daeb-idem-${randomUUID().slice(0, 8)}`);
          const store = new MongoIdempotencyStore(db);
          await store.createIndexes();
          return Object.assign(store, {
            dispose: async () => {
              await db.dropDatabase();
              await client.close();
            },
          });
        },
      }
    : { skipUnless: 'MONGODB_URL' },
);
