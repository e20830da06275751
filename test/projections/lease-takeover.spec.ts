import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type OutsourcingDocument, outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import type { OutsourcingEvent } from '../../src/outsourcing/domain/events.js';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { collectionOf } from '../../src/shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { appendOutsourcingEvents, callIndicators, granted, launched } from '../support/indicator-fixtures.js';
import { until } from './until.js';

interface Report {
  readonly owner: string;
  readonly committed?: number;
}

/** 500 calls of 2014–2018, each launched and awarded: 1 000 events, two batches of the runner. */
function history(): OutsourcingEvent[] {
  return Array.from({ length: 500 }, (_, i) => {
    const year = 2014 + (i % 5);
    return [
      launched(`call-${i}`, { launchedOn: `${year}-03-01` }),
      granted(`call-${i}`, `call-${i}-a`, '0123.456.749', 1_000_00 + i, `${year}-04-01`),
    ];
  }).flat();
}

describe('projection leases across processes', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

  it('with the leader killed mid-batch, the other runner takes over from the checkpoint and every read model equals a full rebuild', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daeb-leases-'));
    const eventsFile = join(dir, 'events.db');
    const store = new SqliteEventStore(eventsFile);
    await appendOutsourcingEvents(store, history());
    const head = (await store.headPosition())!;
    const outsourcings = collectionOf('outsourcings', outsourcingsProjection.version);
    const readModels = join(dir, 'read-models.db');

    const reports: Report[] = [];
    const start = (owner: string) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          './test/support/register-ts.mjs',
          'test/projections/lease-runner.child.ts',
          eventsFile,
          readModels,
          owner,
          '1500',
          outsourcings,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      createInterface({ input: child.stdout }).on('line', (line) => reports.push(JSON.parse(line) as Report));
      children.push(child);
      return child;
    };
    const runners = { a: start('runner-a'), b: start('runner-b') };
    await until(() => reports.filter((r) => r.committed !== undefined).length > 0, 60_000);
    const leader = reports.find((r) => r.committed !== undefined)!.owner as 'runner-a' | 'runner-b';
    const follower = leader === 'runner-a' ? 'runner-b' : 'runner-a';
    // The leader is inside its next batch now (each commit of it waits 400 ms): kill it there.
    runners[leader === 'runner-a' ? 'a' : 'b'].kill('SIGKILL');
    const killedAt = reports.filter((r) => r.owner === leader && r.committed !== undefined).length;

    const readStore = new SqliteReadStore(readModels);
    await until(async () => (await readStore.checkpoint(outsourcings)) === head, 60_000);
    // A runner reports a commit once it is in the read store: the report of the last one can come after.
    await until(() => reports.some((r) => r.committed === head), 10_000);
    const committed = reports.filter((r) => r.committed !== undefined);
    expect(committed.filter((r) => r.owner === follower).length).toBeGreaterThan(0);
    expect(committed.filter((r) => r.owner === leader)).toHaveLength(killedAt);
    // Every batch committed once, by one runner: checkpoints only go up.
    const positions = committed.map((r) => r.committed!);
    expect(positions).toEqual([...new Set(positions)].sort((x, y) => x - y));
    for (const projection of PROJECTIONS)
      await until(async () => (await readStore.checkpoint(collectionOf(projection.name, projection.version))) === head, 60_000);

    const rebuilt = new SqliteReadStore(join(dir, 'rebuilt.db'));
    const rebuild = new ProjectionRunner(store, rebuilt, PROJECTIONS);
    await rebuild.start();
    expect(await rebuild.waitFor(head, 30_000)).toBe(true);
    await rebuild.stop();
    for (const projection of PROJECTIONS) {
      const collection = collectionOf(projection.name, projection.version);
      expect(await readStore.find(collection)).toEqual(await rebuilt.find(collection));
    }
    for (const year of [2014, 2015, 2016, 2017, 2018]) {
      const figures = callIndicators(await readStore.find<OutsourcingDocument>(outsourcings), year);
      expect(figures).toEqual(callIndicators(await rebuilt.find<OutsourcingDocument>(outsourcings), year));
    }
    runners[follower === 'runner-a' ? 'a' : 'b'].kill('SIGTERM');
    await Promise.all([store.close(), readStore.close(), rebuilt.close()]);
  });
});
