import { join } from 'node:path';
import { loadConfig } from '../config/config.js';
import { EVENT_SCHEMAS } from '../platform/event-schemas.js';
import { SqliteEventStore } from '../shared/event-store/sqlite-event-store.js';
import { UpcastingEventStore } from '../shared/event-store/upcasting-event-store.js';
import { SqliteReadStore } from '../shared/read-store/sqlite-read-store.js';
import { PROJECTIONS } from './projections.registry.js';
import { rebuildProjections } from './rebuild-projections.js';

/**
 * `npm run projections:rebuild -- [--force] [name ...]`: rebuilds the named projections (all when none)
 * from the log in DATA_DIR, after verifying it; `--force` rebuilds from a broken log. Stop the service
 * first (see rebuildProjections).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const store = new UpcastingEventStore(
    new SqliteEventStore(join(config.dataDir, 'events.db'), undefined, { auditKey: config.auditKey, anchorDir: config.anchorDir }),
    EVENT_SCHEMAS,
  );
  const readStore = new SqliteReadStore(join(config.dataDir, 'read-models.db'));
  try {
    const started = Date.now();
    const names = args.filter((a) => a !== '--force');
    const rebuilt = await rebuildProjections(store, readStore, PROJECTIONS, names, (message) => console.log(message), { force });
    console.log(`rebuilt ${rebuilt.join(', ')} up to position ${String(await store.headPosition())} in ${Date.now() - started} ms`);
  } finally {
    await store.close();
    await readStore.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
