import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMongo } from '../../src/shared/mongodb/mongo-connection.js';
import { MongoReadStore } from '../../src/shared/mongodb/mongo-read-store.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { readStoreContract } from './read-store.contract.js';

// Both adapters in one file: Jest lists the skipped MongoDB cases by name only beside cases that ran.
readStoreContract('SQLite', { open: async () => new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'daeb-rs-')), 'read-models.db')) });

const url = process.env.MONGODB_URL;
readStoreContract(
  'MongoDB',
  url
    ? {
        // A database of its own per store, so that cases never see each other's documents or leases.
        open: async () => {
          const store = new MongoReadStore(await connectMongo(url), `daeb-contract-${randomUUID().slice(0, 8)}`);
          await store.createIndexes();
          return store;
        },
      }
    : { skipUnless: 'MONGODB_URL' },
);
