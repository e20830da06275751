import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECTIONS } from '../../src/projection-runner/projections.registry.js';
import { rebuildProjections } from '../../src/projection-runner/rebuild-projections.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { SqliteReadStore } from '../../src/shared/read-store/sqlite-read-store.js';
import { AFTER_TRAININGS, deliveryWorld, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { defaultAnchorDir } from '../../src/config/config.js';
import { startTestApp, TEST_AUDIT_KEY, type TestApp } from '../support/test-app.js';

/** The person's key as stored: what an erasure must leave in no file. */
function keyOf(dataDir: string, participantId: string): Buffer {
  const db = new Database(join(dataDir, 'personal-data.db'), { readonly: true });
  db.prepare('ATTACH DATABASE ? AS keys').run(join(dataDir, 'personal-keys.db'));
  const row = db
    .prepare('SELECT k.key FROM sealed_persons s JOIN keys.person_keys k ON k.ref = s.ref WHERE s.participant_id = ?')
    .get(participantId) as { key: Buffer };
  db.close();
  return row.key;
}

/** Every file under the folder (WAL and shared-memory files included) holding any 16-byte window of `secret`. */
function filesHolding(dir: string, secret: Buffer): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      found.push(...filesHolding(path, secret));
      continue;
    }
    const bytes = readFileSync(path);
    for (let at = 0; at + 16 <= secret.length; at += 1) {
      if (bytes.includes(secret.subarray(at, at + 16))) {
        found.push(name);
        break;
      }
    }
  }
  return found;
}

describe('erasing a person over HTTP', () => {
  let t: TestApp;
  let auth: string;
  let moduleId: string;
  let ids: string[];
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    const w = await deliveryWorld(t);
    auth = holder(t, SYNTRA);
    moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
    const people = Array.from({ length: 40 }, (_, i) => participant(i + 1));
    ids = (await write(t, auth, `/modules/${moduleId}/participants/import`, people)).participantIds;
    await write(t, auth, `/modules/${moduleId}/evaluations`, { participantId: ids[0], score: 9 });
  });
  afterAll(() => t.close());

  const adviser = () => t.auth('adviser');
  const figures = async (at: string) => ({
    indicators: (await t.http.get(`/indicators/2016?consistentWith=${at}`).set('authorization', adviser()).expect(200)).body.indicators,
    module: (await t.http.get(`/modules/${moduleId}?consistentWith=${at}`).set('authorization', adviser()).expect(200)).body,
  });
  const withoutPosition = ({ module, indicators }: { module: Record<string, unknown>; indicators: unknown }) => {
    const { position: _position, ...rest } = module;
    return { indicators, module: rest };
  };

  it("leaves the person's key in no file of DATA_DIR, answers them erased, and changes no figure", async () => {
    const [person] = ids;
    const key = keyOf(t.dataDir, person);
    expect(filesHolding(t.dataDir, key).length).toBeGreaterThan(0);
    const head = (await t.http.get('/health')).body.log.head;
    const before = withoutPosition(await figures(String(head)));

    const erased = await t.http
      .post(`/participants/${person}/erase`)
      .set('authorization', adviser())
      .send({ reason: 'data-subject request 2017-01-12, ticket 4711' })
      .expect(200);
    expect(erased.body).toMatchObject({ participantId: person, erased: true });

    expect(filesHolding(t.dataDir, key)).toEqual([]);
    const read = await t.http
      .get(`/participants/${person}?consistentWith=${erased.body.position}`)
      .set('authorization', adviser())
      .expect(200);
    expect(read.body).toMatchObject({ participantId: person, personal: null, erased: true, removed: null, evaluation: { score: 9 } });
    expect(withoutPosition(await figures(erased.body.position))).toEqual(before);
    const other = await t.http.get(`/participants/${ids[1]}`).set('authorization', adviser()).expect(200);
    expect(other.body).toMatchObject({ erased: false, personal: { name: 'Persoon Nummer2' } });

    const csv = await t.http
      .get(`/exports/delivery.csv?year=2016&consistentWith=${erased.body.position}`)
      .set('authorization', adviser())
      .expect(200);
    expect(csv.text).not.toMatch(/Persoon|persoon1@|1980-01-01/);
  });

  it('records who erased whom and why, without personal data', async () => {
    const history = await t.http.get(`/audit/events?stream=module-${moduleId}`).set('authorization', t.auth('inspector')).expect(200);
    const erasure = history.body.items.find((e: { type: string }) => e.type === 'ParticipantErased');
    expect(erasure).toMatchObject({
      data: {
        participantId: ids[0],
        basis: 'data-subject-request',
        reason: 'data-subject request 2017-01-12, ticket 4711',
        erasedOn: '2017-01-16',
      },
      metadata: { actor: 'adviser-user', role: 'adviser' },
    });
    expect(JSON.stringify(erasure)).not.toMatch(/Persoon|persoon1@|1980-01-01|ref-|personalDataRef/);
  });

  it('is for advisers only, with a reason, once', async () => {
    const [, second] = ids;
    await t.http.post(`/participants/${second}/erase`).set('authorization', auth).send({ reason: 'x' }).expect(403);
    await t.http.post(`/participants/${second}/erase`).set('authorization', t.auth('inspector')).send({ reason: 'x' }).expect(403);
    const noReason = await t.http.post(`/participants/${second}/erase`).set('authorization', adviser()).send({}).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const again = await t.http.post(`/participants/${ids[0]}/erase`).set('authorization', adviser()).send({ reason: 'again' }).expect(409);
    expect(again.body.code).toBe('PARTICIPANT_ALREADY_ERASED');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.http.post(`/participants/${unknown}/erase`).set('authorization', adviser()).send({ reason: 'x' }).expect(404)).body.code,
    ).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('survives a rebuild of every read model: the person stays erased, the figures the same', async () => {
    const head = String((await t.http.get('/health')).body.log.head);
    const before = withoutPosition(await figures(head));
    await t.close();
    const store = new SqliteEventStore(join(t.dataDir, 'events.db'), undefined, {
      auditKey: TEST_AUDIT_KEY,
      anchorDir: defaultAnchorDir(t.dataDir),
    });
    const readStore = new SqliteReadStore(join(t.dataDir, 'read-models.db'));
    await rebuildProjections(store, readStore, PROJECTIONS, []);
    await store.close();
    await readStore.close();
    t = await startTestApp({ now: AFTER_TRAININGS, dataDir: t.dataDir });
    expect(withoutPosition(await figures(head))).toEqual(before);
    const read = await t.http.get(`/participants/${ids[0]}`).set('authorization', adviser()).expect(200);
    expect(read.body).toMatchObject({ personal: null, erased: true });

    // After a clean shutdown the keys sit in the main file, no longer in the write-ahead log.
    const key = keyOf(t.dataDir, ids[2]);
    expect(filesHolding(t.dataDir, key)).toEqual(['personal-keys.db']);
    await t.http.post(`/participants/${ids[2]}/erase`).set('authorization', adviser()).send({ reason: 'request' }).expect(200);
    expect(filesHolding(t.dataDir, key)).toEqual([]);
  });
});
