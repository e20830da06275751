import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { grantHolders, HOLDERS } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The app is stopped (taking its shutdown anchor), the file changed behind its back, the app started again. */
async function restartAfter(t: TestApp, tamper: (db: Database.Database) => void): Promise<TestApp> {
  await t.close();
  const db = new Database(join(t.dataDir, 'events.db'));
  tamper(db);
  db.close();
  return startTestApp({ dataDir: t.dataDir });
}

describe('integrity of the event log over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ dataDir: mkdtempSync(join(tmpdir(), 'daeb-integrity-')) });
    await grantHolders(t, 'syntra', 'unizo', 'vokans');
  });
  afterEach(() => t.close());

  it('anchors at shutdown, beside the data folder, and reports "intact up to N, last anchor M at T"', async () => {
    t = await restartAfter(t, () => undefined);
    const anchors = readFileSync(join(t.anchorDir, 'anchors.jsonl'), 'utf8').trim().split('\n');
    expect(anchors).toHaveLength(1);
    expect(JSON.parse(anchors[0])).toMatchObject({ position: 4, reason: 'shutdown' });
    const report = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(report.body).toMatchObject({ status: 'intact', intactUpTo: 4, lastAnchor: { position: 4 } });
    expect(report.body.summary).toMatch(/^intact up to position 4, last anchor 4 at \d{4}-/);
    const history = await t.http.get('/audit/events?stream=audit-anchors').set('authorization', t.auth('inspector')).expect(200);
    expect(history.body.items).toMatchObject([
      { type: 'LogAnchored', position: 4, data: { reason: 'shutdown' }, metadata: { role: 'system' } },
    ]);
    await t.http.get('/health').expect(200);
  });

  it('starts on a log with one byte altered, answers /health 503 "broken" until an operator acknowledges it', async () => {
    t = await restartAfter(t, (db) => db.prepare(`UPDATE events SET data = replace(data, 'Unizo', 'Unazo') WHERE position = 2`).run());
    const health = await t.http.get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'broken', integrity: 'broken', log: { head: 4 } });
    const report = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(report.body).toMatchObject({ valid: false, status: 'broken', intactUpTo: 1, problem: { position: 2, code: 'altered' } });

    await t.http.post('/audit/integrity/acknowledge').set('authorization', t.auth('management')).send({ reason: 'x' }).expect(403);
    const noReason = await t.http.post('/audit/integrity/acknowledge').set('authorization', t.auth('inspector')).send({}).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    await t.http.get('/health').expect(503);

    const acknowledged = await t.http
      .post('/audit/integrity/acknowledge')
      .set('authorization', t.auth('inspector', { sub: 'iris' }))
      .send({ reason: 'INC-4711: no clean backup; the holder name was checked on paper' })
      .expect(200);
    expect(acknowledged.body).toMatchObject({
      position: 5,
      integrity: { status: 'acknowledged', valid: false, acknowledged: [{ position: 2 }] },
    });
    expect(await t.http.get('/health').expect(200)).toMatchObject({ body: { status: 'ok', integrity: 'acknowledged' } });
    const recorded = await t.http.get('/audit/events?stream=audit-integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(recorded.body.items).toMatchObject([
      {
        type: 'IntegrityBreakAcknowledged',
        data: { position: 2, code: 'altered', reason: 'INC-4711: no clean backup; the holder name was checked on paper' },
        metadata: { actor: 'iris', role: 'inspector' },
      },
    ]);

    // The acknowledgement is in the log: a restart does not ask for it again.
    t = await restartAfter(t, () => undefined);
    expect(await t.http.get('/health').expect(200)).toMatchObject({ body: { integrity: 'acknowledged' } });
  });

  it('detects the last 3 events deleted through the anchor, and a missing event in the middle', async () => {
    t = await restartAfter(t, (db) => db.prepare('DELETE FROM events WHERE position > 1').run());
    expect((await t.http.get('/health').expect(503)).body).toMatchObject({ integrity: 'broken', log: { head: 1 } });
    const truncated = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(truncated.body.problem).toMatchObject({ position: 2, code: 'truncated' });

    const other = await startTestApp({ dataDir: mkdtempSync(join(tmpdir(), 'daeb-integrity-')) });
    await grantHolders(other, 'syntra', 'unizo', 'vokans');
    const restarted = await restartAfter(other, (db) => db.prepare('DELETE FROM events WHERE position = 2').run());
    try {
      await restarted.http.get('/health').expect(503);
      const missing = await restarted.http.get('/audit/integrity').set('authorization', restarted.auth('inspector')).expect(200);
      expect(missing.body).toMatchObject({ intactUpTo: 1, problem: { position: 2, code: 'missing' } });
    } finally {
      await restarted.close();
    }
  });

  it('refuses to acknowledge an intact log, appending nothing', async () => {
    const refused = await t.http
      .post('/audit/integrity/acknowledge')
      .set('authorization', t.auth('adviser'))
      .send({ reason: 'just in case' })
      .expect(409);
    expect(refused.body.code).toBe('INTEGRITY_NOT_BROKEN');
    expect((await t.http.get('/health').expect(200)).body.log.head).toBe(3);
    await t.http
      .post('/audit/integrity/acknowledge')
      .set('authorization', t.auth('mandate-holder', { org: HOLDERS.syntra.enterpriseNumber }))
      .send({ reason: 'x' })
      .expect(403);
  });
});
