import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OutsourcingDocument, outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import type { OutsourcingEvent } from '../../src/outsourcing/domain/events.js';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { type CollectionCommit, collectionOf, type ReadStore } from '../../src/shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { ManualClock } from '../../src/shared/time/clock.js';
import {
  amended,
  appendOutsourcingEvents,
  callIndicators,
  granted,
  launched,
  notGranted,
  withdrawn,
} from '../support/indicator-fixtures.js';
import { until } from './until.js';

const HOLDERS = ['0123.456.749', '0202.239.951', '0406.798.006'];

/** ~1 500 events over five years: launches, awards, amendments, withdrawals, calls not granted. */
function history(): OutsourcingEvent[] {
  const events: OutsourcingEvent[] = [];
  for (let i = 0; i < 300; i += 1) {
    const year = 2014 + (i % 5);
    const id = `call-${i}`;
    const holder = HOLDERS[i % 3];
    events.push(launched(id, { launchedOn: `${year}-03-01`, innovative: i % 4 === 0, product: i % 3 === 0 ? 'tender' : 'incentive' }));
    if (i % 7 === 0) {
      events.push(notGranted(id, `${year}-06-01`));
      continue;
    }
    events.push(
      granted(id, `${id}-a`, holder, 10_000_00 + i, `${year}-04-01`),
      granted(id, `${id}-b`, HOLDERS[(i + 1) % 3], 5_000_00, `${year}-12-31T23:30:00Z`),
    );
    if (i % 2 === 0) events.push(amended(id, `${id}-a`, 10_000_00 + i, 9_000_00));
    if (i % 5 === 0) events.push(withdrawn(id, `${id}-b`, HOLDERS[(i + 1) % 3], 5_000_00, `${year}-12-31T23:30:00Z`, `${year + 1}-02-01`));
  }
  return events;
}

/** From the Nth commit of a collection on, fails half-way through its writes, inside the real SQLite transaction. */
function failingFromCommit(readStore: ReadStore, collection: string, nth: number) {
  const state = { commits: 0, failures: 0 };
  const store: ReadStore = Object.assign(Object.create(readStore) as ReadStore, {
    commitAll: async (commits: readonly CollectionCommit[]) => {
      const target = commits.find((commit) => commit.collection === collection);
      if (!target || (state.commits += 1) < nth) return readStore.commitAll(commits);
      state.failures += 1;
      const { changes } = target;
      const half = Math.floor(changes.length / 2);
      const poisoned = {
        ...changes[half],
        get doc(): never {
          throw new Error('disk full (simulated)');
        },
      };
      const failing = { ...target, changes: [...changes.slice(0, half), poisoned, ...changes.slice(half + 1)] };
      return readStore.commitAll(commits.map((commit) => (commit === target ? failing : commit)));
    },
  });
  return { store, state };
}

describe('projection runner atomicity', () => {
  it('after a commit that fails half-way and a restart, every read model equals a full rebuild', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daeb-atomicity-'));
    const clock = new ManualClock(new Date('2016-01-01T10:00:00Z'));
    const store = new SqliteEventStore(join(dir, 'events.db'), clock);
    const events = history();
    for (let i = 0; i < events.length; i += 100) {
      clock.set(new Date(Date.UTC(2016, 0, 1 + i / 100)));
      await appendOutsourcingEvents(store, events.slice(i, i + 100));
    }
    const head = (await store.headPosition())!;
    const outsourcings = collectionOf('outsourcings', outsourcingsProjection.version);

    const readStore = new SqliteReadStore(join(dir, 'read-models.db'));
    const { store: failing, state } = failingFromCommit(readStore, outsourcings, 2);
    const crashed = new ProjectionRunner(store, failing, PROJECTIONS, { batchSize: 500 });
    await crashed.start();
    // The runner retries the failed batch (and says why in its status) until it is stopped.
    await until(() => state.failures >= 2);
    expect((await crashed.status()).find((s) => s.name === 'outsourcings')).toMatchObject({
      position: 500,
      error: 'disk full (simulated)',
    });
    await crashed.stop();
    // The failed batch left nothing behind: its checkpoint is the first batch's, its documents are not half-written.
    expect(await readStore.checkpoint(outsourcings)).toBe(500);
    // One version per document per instant (the events were appended a hundred to a day).
    const firstBatch = new Set(events.slice(0, 500).map((e, i) => `${e.data.outsourcingId}@${Math.floor(i / 100)}`));
    expect(historyOf(readStore, outsourcings)).toHaveLength(firstBatch.size);

    const restarted = new ProjectionRunner(store, readStore, PROJECTIONS, { batchSize: 500 });
    await restarted.start();
    expect(await restarted.waitFor(head, 10_000)).toBe(true);
    await restarted.stop();

    const rebuiltStore = new SqliteReadStore(join(dir, 'rebuilt.db'));
    const rebuild = new ProjectionRunner(store, rebuiltStore, PROJECTIONS, { batchSize: 500 });
    await rebuild.start();
    expect(await rebuild.waitFor(head, 10_000)).toBe(true);
    await rebuild.stop();

    for (const projection of PROJECTIONS) {
      const collection = collectionOf(projection.name, projection.version);
      expect(await readStore.find(collection)).toEqual(await rebuiltStore.find(collection));
      expect(historyOf(readStore, collection)).toEqual(historyOf(rebuiltStore, collection));
    }
    for (const year of [2014, 2015, 2016, 2017, 2018, 2019]) {
      const recovered = callIndicators(await readStore.find<OutsourcingDocument>(outsourcings), year);
      expect(recovered).toEqual(callIndicators(await rebuiltStore.find<OutsourcingDocument>(outsourcings), year));
      const asOf = '2016-01-05T00:00:00.000Z';
      expect(callIndicators(await readStore.findAsOf<OutsourcingDocument>(outsourcings, asOf), year)).toEqual(
        callIndicators(await rebuiltStore.findAsOf<OutsourcingDocument>(outsourcings, asOf), year),
      );
    }
    expect(callIndicators(await readStore.find<OutsourcingDocument>(outsourcings), 2016).DP24.value).toBe(60);
    await Promise.all([store.close(), readStore.close(), rebuiltStore.close()]);
  });
  it('retries a batch that failed once and catches up without a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daeb-retry-'));
    const store = new SqliteEventStore(join(dir, 'events.db'));
    await appendOutsourcingEvents(store, history().slice(0, 700));
    const readStore = new SqliteReadStore(join(dir, 'read-models.db'));
    const state = { failures: 0 };
    const once: ReadStore = Object.assign(Object.create(readStore) as ReadStore, {
      commitAll: async (commits: readonly CollectionCommit[]) => {
        if (
          commits.some((commit) => commit.collection === collectionOf('outsourcings', outsourcingsProjection.version)) &&
          state.failures === 0
        ) {
          state.failures += 1;
          throw new Error('database is locked (simulated)');
        }
        return readStore.commitAll(commits);
      },
    });
    const runner = new ProjectionRunner(store, once, PROJECTIONS);
    await runner.start();
    expect(await runner.waitFor(700, 10_000)).toBe(true);
    expect((await runner.status()).every((s) => s.error === null)).toBe(true);
    expect(state.failures).toBe(1);
    await runner.stop();
    await Promise.all([store.close(), readStore.close()]);
  });
});

/** Each document version the read store kept, in commit order (the "as of" history). */
/**
 * The versions an "as of" read can see: per document and recording instant, the last one written. Batch
 * sizes follow the pace of the machine, and an instant split across two batches is written twice.
 */
function historyOf(readStore: SqliteReadStore, collection: string) {
  const rows = readStore.db
    .prepare<[string], { id: string; recordedAt: string; doc: string | null }>(
      'SELECT id, recorded_at AS recordedAt, doc FROM document_history WHERE collection = ? ORDER BY seq',
    )
    .all(collection);
  const versions = new Map(rows.map((row) => [`${row.id}@${row.recordedAt}`, row]));
  return [...versions.keys()].sort().map((key) => versions.get(key));
}
