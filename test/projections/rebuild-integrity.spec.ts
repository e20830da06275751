import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { rebuildProjections } from '../../src/projection-runner/rebuild-projections.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { collectionOf } from '../../src/shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { appendOutsourcingEvents, granted, launched } from '../support/indicator-fixtures.js';

const outsourcings = collectionOf('outsourcings', outsourcingsProjection.version);

describe('projections:rebuild on a broken log', () => {
  it('refuses without --force, naming the break, and rebuilds with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daeb-rebuild-'));
    const store = new SqliteEventStore(join(dir, 'events.db'));
    const readStore = new SqliteReadStore(join(dir, 'read-models.db'));
    await appendOutsourcingEvents(store, [launched('a'), granted('a', 'a1', '0123.456.749', 10_00)]);
    store.db.prepare(`UPDATE events SET data = replace(data, '1000', '9000') WHERE position = 2`).run();

    await expect(rebuildProjections(store, readStore, PROJECTIONS, ['outsourcings'])).rejects.toThrow(
      /refusing to rebuild from a broken event log: broken at position 2 \(altered\)/,
    );
    expect(await readStore.activeVersion('outsourcings')).toBeNull();
    const progress: string[] = [];
    await rebuildProjections(store, readStore, PROJECTIONS, ['outsourcings'], (m) => progress.push(m), { force: true });
    expect(progress[0]).toMatch(/^rebuilding from a log that is not intact/);
    expect(await readStore.checkpoint(outsourcings)).toBe(2);
    await store.close();
    await readStore.close();
  });
});
