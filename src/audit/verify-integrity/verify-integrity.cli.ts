import { loadConfig } from '../../config/config.js';
import { openEventStore } from '../../platform/open-event-store.js';
import { systemClock } from '../../shared/time/clock.js';

/**
 * `npm run audit:verify [-- --json]`: verifies the log in DATA_DIR against AUDIT_KEY and the anchors
 * in ANCHOR_DIR, as GET /audit/integrity does. Exit 0 when intact (or only acknowledged breaks), 2
 * when broken, 1 when it cannot verify at all. Safe beside a running service (WAL readers). On
 * EventStoreDB (EVENT_STORE=eventstoredb) it walks `$all` and reads the EventStoreDB anchor file.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const opened = openEventStore(config, systemClock);
  const store = opened.store;
  try {
    await opened.ready();
    const report = await store.verifyIntegrity();
    console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : `${report.status}: ${report.summary}`);
    return report.status === 'broken' ? 2 : 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
