import type { AppConfig } from '../../src/config/config.js';
import { MongoPersonalDataVault } from '../../src/delivery/personal-data/mongo-personal-data.vault.js';
import { PersonalDataVault } from '../../src/delivery/personal-data/personal-data.vault.js';
import { SEALED, vaultDatabases } from '../../src/delivery/personal-data/vault-documents.js';
import { connectMongo } from '../../src/shared/mongodb/mongo-connection.js';
import { CHECKPOINTS, DOCUMENTS } from '../../src/shared/mongodb/read-store-queries.js';
import { copyVaultThroughPort } from './copy-vault-through-port.js';

/** A read model, a checkpoint or a sealed person in the target's databases makes it a non-empty target. */
export async function mongoTargetHoldsAnything(url: string): Promise<boolean> {
  const client = await connectMongo(url);
  try {
    const db = client.db();
    const vault = client.db(vaultDatabases(db.databaseName).data);
    const counts = await Promise.all([
      db.collection(DOCUMENTS).countDocuments({}, { limit: 1 }),
      db.collection(CHECKPOINTS).countDocuments({}, { limit: 1 }),
      vault.collection(SEALED).countDocuments({}, { limit: 1 }),
    ]);
    return counts.some((n) => n > 0);
  } finally {
    await client.close();
  }
}

/** The embedded vault of DATA_DIR into the MongoDB vault beside the read models of MONGODB_URL. */
export async function copyVaultIntoMongo(source: AppConfig, url: string): Promise<{ copied: number; erased: number }> {
  const from = new PersonalDataVault(source);
  const client = await connectMongo(url);
  try {
    const to = new MongoPersonalDataVault(client, client.db().databaseName, source.personalDataKey);
    await to.createIndexes();
    return await copyVaultThroughPort(source.dataDir, from, to);
  } finally {
    from.onApplicationShutdown();
    await client.close();
  }
}
