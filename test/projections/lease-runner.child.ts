import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import type { CollectionCommit, ReadStore } from '../../src/shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';

/**
 * One projection runner in a process of its own, on the shared stores of a DATA_DIR, as a second
 * instance of the service would run it. Each commit of `slow` waits first, so that a batch is being
 * worked on for a while (and a kill lands in the middle of one), then reports on stdout.
 */
const [eventsFile, readModelsFile, owner, ttl, slow] = process.argv.slice(2);
const store = new SqliteEventStore(eventsFile);
const readStore = new SqliteReadStore(readModelsFile);
const reporting: ReadStore = Object.assign(Object.create(readStore) as ReadStore, {
  commitAll: async (commits: readonly CollectionCommit[]) => {
    const slowOne = commits.find((commit) => commit.collection === slow);
    if (slowOne) await new Promise((resolve) => setTimeout(resolve, 400));
    await readStore.commitAll(commits);
    if (slowOne) process.stdout.write(`${JSON.stringify({ owner, committed: slowOne.checkpoint })}\n`);
  },
});
const runner = new ProjectionRunner(store, reporting, PROJECTIONS, { owner, leaseTtlMs: Number(ttl), batchSize: 500 });
await runner.start();
process.stdout.write(`${JSON.stringify({ owner, started: true })}\n`);
process.on('SIGTERM', () => {
  void runner
    .stop()
    .then(() => Promise.all([store.close(), readStore.close()]))
    .then(() => process.exit(0));
});
