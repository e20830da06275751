import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { rebuildProjections } from '../../src/projection-runner/rebuild-projections.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { collectionOf } from '../../src/shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { appendOutsourcingEvents, granted, launched } from '../support/indicator-fixtures.js';

const outsourcings = collectionOf('outsourcings', outsourcingsProjection.version);

describe('projections:rebuild', () => {
  it('drops the named projection and replays the log into it, leaving the others alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daeb-rebuild-'));
    const store = new SqliteEventStore(join(dir, 'events.db'));
    const readStore = new SqliteReadStore(join(dir, 'read-models.db'));
    await appendOutsourcingEvents(store, [launched('a'), granted('a', 'a1', '0123.456.749', 10_00), launched('b')]);
    const runner = new ProjectionRunner(store, readStore, PROJECTIONS);
    await runner.start();
    await runner.waitFor((await store.headPosition())!, 5000);
    await runner.stop();
    const before = await readStore.find(outsourcings);
    // A read model damaged by hand (or by a bug fixed since): the rebuild must not keep anything of it.
    readStore.db.prepare("UPDATE documents SET doc = json_set(doc, '$.grantedCents', 999) WHERE collection = ?").run(outsourcings);
    readStore.db.prepare("INSERT INTO documents (collection, id, doc) VALUES ('targets@v1', 'kept', '{}')").run();

    expect(await rebuildProjections(store, readStore, PROJECTIONS, ['outsourcings'])).toEqual(['outsourcings']);
    expect(await readStore.find(outsourcings)).toEqual(before);
    expect(await readStore.checkpoint(outsourcings)).toBe(3);
    expect(await readStore.get('targets@v1', 'kept')).toEqual({});
    await expect(rebuildProjections(store, readStore, PROJECTIONS, ['nope'])).rejects.toThrow(/unknown projection/);
    await store.close();
    await readStore.close();
  });
});
