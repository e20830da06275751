import { join } from 'node:path';
import { outsourcingsProjection, type OutsourcingDocument } from '../../projections/outsourcings.projection.js';
import type { Projection } from '../../projections/projection.js';
import { ReadModels } from '../../src/platform/read-models.js';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { type CollectionCommit, collectionOf, type ReadStore } from '../../src/shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { callIndicators } from '../support/indicator-fixtures.js';
import { award, grantHolders, HOLDERS, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp } from '../support/test-app.js';
import { until } from './until.js';

/** The next version of the outsourcings projection: same meaning, plus a mark that shows which code built a document. */
const serving = collectionOf('outsourcings', outsourcingsProjection.version);
const next = collectionOf('outsourcings', outsourcingsProjection.version + 1);
const bumped: Projection<OutsourcingDocument & { builtBy: string }> = {
  ...outsourcingsProjection,
  version: outsourcingsProjection.version + 1,
  evolve: (document, event) => {
    const evolved = outsourcingsProjection.evolve(document, event);
    return evolved === null ? null : { ...evolved, builtBy: 'next' };
  },
};

/** Holds the new version's commits until the test opens the gate, so "while rebuilding" lasts as long as the test needs. */
function gated(readStore: ReadStore, collection: string) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const store: ReadStore = Object.assign(Object.create(readStore) as ReadStore, {
    commitAll: async (commits: readonly CollectionCommit[]) => {
      if (commits.some((commit) => commit.collection === collection)) await gate;
      return readStore.commitAll(commits);
    },
  });
  return { store, open };
}

describe('projection versions', () => {
  it('rebuilds a bumped projection beside the serving one, which keeps answering until the new one has caught up', async () => {
    const first = await startTestApp();
    await grantHolders(first, 'syntra');
    const call = await post(first, '/outsourcings', tender());
    const awarded = await post(first, `/outsourcings/${call.id}/awards`, award(HOLDERS.syntra.enterpriseNumber, 90_000_00, { lot: 1 }));
    await first.http
      .get(`/outsourcings/${call.id}?consistentWith=${awarded.position}`)
      .set('authorization', first.auth('adviser'))
      .expect(200);
    await first.close();

    // Restart on the same data with the new projection code.
    const store = new SqliteEventStore(join(first.dataDir, 'events.db'));
    const readStore = new SqliteReadStore(join(first.dataDir, 'read-models.db'));
    const { store: slowReadStore, open } = gated(readStore, next);
    const runner = new ProjectionRunner(
      store,
      slowReadStore,
      PROJECTIONS.map((p) => (p.name === 'outsourcings' ? (bumped as Projection) : p)),
    );
    const reads = new ReadModels(readStore, runner);
    try {
      await runner.start();
      const during = await reads.find<OutsourcingDocument & { builtBy?: string }>('outsourcings');
      expect(await runner.collectionFor('outsourcings')).toBe(serving);
      expect(during).toHaveLength(1);
      expect(during[0].builtBy).toBeUndefined();
      expect(callIndicators(during, 2016).DP23.value).toBe(90_000_00);
      expect((await runner.status()).find((s) => s.name === 'outsourcings')).toMatchObject({
        version: outsourcingsProjection.version + 1,
        activeVersion: outsourcingsProjection.version,
        state: 'rebuilding',
      });

      open();
      await until(async () => (await runner.status()).find((s) => s.name === 'outsourcings')?.state === 'serving');
      expect(await runner.collectionFor('outsourcings')).toBe(next);
      const after = await reads.find<OutsourcingDocument & { builtBy?: string }>('outsourcings');
      expect(after.map((d) => d.builtBy)).toEqual(['next']);
      expect(callIndicators(after, 2016).DP23.value).toBe(90_000_00);
      // The old version is gone once the new one serves: documents, history and checkpoint.
      expect(await readStore.find(serving)).toEqual([]);
      expect(await readStore.checkpoint(serving)).toBeNull();
      expect(await readStore.activeVersion('outsourcings')).toBe(outsourcingsProjection.version + 1);
    } finally {
      // A failed expectation must not leave the new version's commit waiting on the gate: stop would wait for it.
      open();
      await runner.stop();
      await store.close();
      await readStore.close();
    }
  });
});
