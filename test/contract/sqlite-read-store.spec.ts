import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { readStoreContract } from './read-store.contract.js';

readStoreContract('SQLite', { open: async () => new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'daeb-rs-')), 'read-models.db')) });
