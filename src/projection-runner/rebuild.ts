import { loadConfig } from '../config/config.js';
import { EVENT_SCHEMAS } from '../platform/event-schemas.js';
import { openEventStore } from '../platform/open-event-store.js';
import { assertReadStoreAnswers, openReadStores } from '../platform/open-read-stores.js';
import { UpcastingEventStore } from '../shared/event-store/upcasting-event-store.js';
import { systemClock } from '../shared/time/clock.js';
import { PROJECTIONS } from './projections.registry.js';
import { rebuildProjections } from './rebuild-projections.js';

/**
 * `npm run projections:rebuild -- [--force] [name ...]`: rebuilds the named projections (all when none)
 * from the log EVENT_STORE selects into the read store READ_STORE selects, after verifying the log;
 * `--force` rebuilds from a broken log. Stop the service first (see rebuildProjections); a running
 * service rebuilds online with POST /admin/projections/{name}/rebuild instead.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  await assertReadStoreAnswers(config);
  const opened = openEventStore(config, systemClock);
  await opened.ready();
  const store = new UpcastingEventStore(opened.store, EVENT_SCHEMAS);
  const readStores = openReadStores(config);
  try {
    await readStores.ready();
    const started = Date.now();
    const names = args.filter((a) => a !== '--force');
    const rebuilt = await rebuildProjections(store, readStores.readStore, PROJECTIONS, names, (message) => console.log(message), { force });
    console.log(`rebuilt ${rebuilt.join(', ')} up to position ${String(await store.headPosition())} in ${Date.now() - started} ms`);
  } finally {
    await store.close();
    await readStores.idempotency.close();
    await readStores.readStore.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
