import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config/config.js';
import { MongoPersonalDataVault } from '../../src/delivery/personal-data/mongo-personal-data.vault.js';
import { PersonalDataVault } from '../../src/delivery/personal-data/personal-data.vault.js';
import { vaultDatabases } from '../../src/delivery/personal-data/vault-documents.js';
import { connectMongo } from '../../src/shared/mongodb/mongo-connection.js';
import { personalDataVaultContract } from './personal-data-vault.contract.js';

const MASTER = 'master-key-of-the-agency-at-least-32-characters';

// Both adapters in one file: Jest lists the skipped MongoDB cases by name only beside cases that ran.
personalDataVaultContract('SQLite', {
  open: async () => {
    const vault = new PersonalDataVault({ dataDir: mkdtempSync(join(tmpdir(), 'daeb-vault-c-')), personalDataKey: MASTER } as AppConfig);
    return { vault, close: async () => vault.onApplicationShutdown() };
  },
});

const url = process.env.MONGODB_URL;
personalDataVaultContract(
  'MongoDB',
  url
    ? {
        // Databases of their own per case, dropped after it: the keys' database must not outlive the case.
        open: async () => {
          const client = await connectMongo(url);
          const base = `daeb-vault-${randomUUID().slice(0, 8)}`;
          const vault = new MongoPersonalDataVault(client, base, MASTER);
          await vault.createIndexes();
          const close = async () => {
            const names = vaultDatabases(base);
            await client.db(names.data).dropDatabase();
            await client.db(names.keys).dropDatabase();
            await client.close();
          };
          return { vault, close };
        },
      }
    : { skipUnless: 'MONGODB_URL' },
);
