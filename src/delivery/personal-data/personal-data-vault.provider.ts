import type { FactoryProvider } from '@nestjs/common';
import type { MongoClient } from 'mongodb';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { MONGO_CLIENT } from '../../shared/mongodb/mongo-connection.js';
import { MongoPersonalDataVault } from './mongo-personal-data.vault.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from './personal-data-vault.port.js';
import { PersonalDataVault } from './personal-data.vault.js';

/** The vault follows READ_STORE: two files under DATA_DIR, or two databases beside the read models' on MongoDB. */
export const personalDataVaultProvider: FactoryProvider<PersonalDataVaultPort> = {
  provide: PERSONAL_DATA_VAULT,
  inject: [APP_CONFIG, MONGO_CLIENT],
  useFactory: async (config: AppConfig, client: MongoClient | null) => {
    if (!client) return new PersonalDataVault(config);
    const vault = new MongoPersonalDataVault(client, client.db().databaseName, config.personalDataKey);
    // The server answered already (main.ts asks it first); without it the start stops here too, naming the index.
    await vault.createIndexes();
    return vault;
  },
};
