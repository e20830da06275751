import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryAwardsProjection } from '../../projections/delivery-awards.projection.js';
import { deliveryModulesProjection } from '../../projections/delivery-modules.projection.js';
import { outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import type { Projection } from '../../projections/projection.js';
import type { DomainEvent } from '../../src/shared/domain/decider.js';
import { ReadModels } from '../../src/platform/read-models.js';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { ManualClock } from '../../src/shared/time/clock.js';
import { randomHistory } from '../support/random-history.js';
import { yearTotals } from '../support/indicator-fixtures.js';

const TALLIED: readonly Projection<unknown>[] = [outsourcingsProjection, deliveryModulesProjection, deliveryAwardsProjection] as never;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020];

describe('running totals', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([1, 2, 3])(
    'equal, for every year and at every moment asked, the sums over the documents (random history, seed %i)',
    async (seed) => {
      dir = mkdtempSync(join(tmpdir(), 'daeb-totals-'));
      const clock = new ManualClock(new Date('2016-01-04T09:00:00Z'));
      const store = new SqliteEventStore(join(dir, 'events.db'), clock);
      const instants: string[] = [];
      // Amendments, withdrawals, removals, replaced evaluations and recoveries move totals down as well as up.
      for (const { at, stream, events } of randomHistory(seed)) {
        clock.set(at);
        instants.push(at);
        await store.append(stream, events.map(asNew), { expectedRevision: 'any' });
      }
      const readStore = new SqliteReadStore(join(dir, 'read-models.db'));
      // Small batches: one document's changes and its totals' changes cross many commits.
      const runner = new ProjectionRunner(store, readStore, PROJECTIONS, { batchSize: 23 });
      const reads = new ReadModels(readStore, runner);
      try {
        await runner.start();
        expect(await runner.waitFor((await store.headPosition())!, 20_000)).toBe(true);
        const moments = [
          instants[10],
          instants[Math.floor(instants.length / 3)],
          instants[Math.floor(instants.length / 2)],
          instants.at(-1)!,
        ];
        let nonEmpty = 0;
        for (const projection of TALLIED) {
          for (const year of YEARS) {
            const now = await reads.totals(projection.name, String(year), null);
            expect(now).toEqual(yearTotals(projection, await reads.find(projection.name), year));
            if (Object.keys(now).length > 0) nonEmpty += 1;
            for (const at of moments) {
              expect(await reads.totals(projection.name, String(year), at)).toEqual(
                yearTotals(projection, await reads.findAsOf(projection.name, at), year),
              );
            }
          }
          expect(await reads.totals(projection.name, '2016', '2015-12-31T23:59:59.999Z')).toEqual({});
        }
        // The history reaches several years of every tallied read model: the comparison is not of empty sets.
        expect(nonEmpty).toBeGreaterThanOrEqual(9);
      } finally {
        await runner.stop();
        await readStore.close();
        await store.close();
      }
    },
    60_000,
  );
});

const asNew = (event: DomainEvent) => ({
  id: crypto.randomUUID(),
  type: event.type,
  schemaVersion: 1,
  data: event.data as Record<string, unknown>,
  metadata: { actor: 'spec', role: 'adviser', correlationId: 'spec', causationId: 'spec' },
});
