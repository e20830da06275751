import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  AFTER_TRAININGS,
  deliveryWorld,
  type DeliveryWorld,
  holder,
  moduleBody,
  participant,
  SYNTRA,
  write,
} from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Who sees what of a person and of the agency's supervision. */
describe('delivery privacy over HTTP', () => {
  let t: TestApp;
  let w: DeliveryWorld;
  let auth: string;
  let moduleId: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    w = await deliveryWorld(t);
    auth = holder(t, SYNTRA);
    moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
  });
  afterAll(() => t.close());

  const keysIn = (file: string) => {
    const db = new Database(join(t.dataDir, file), { readonly: true });
    const tables = { 'personal-keys.db': 'person_keys', 'personal-data.db': 'sealed_persons' } as Record<string, string>;
    const { n } = db.prepare(`SELECT count(*) AS n FROM ${tables[file]}`).get() as { n: number };
    db.close();
    return n;
  };

  it('erases the personal data of a participant removed as registered by mistake', async () => {
    const adviser = t.auth('adviser');
    const { participantIds } = await write(t, auth, `/modules/${moduleId}/participants/import`, [participant(1), participant(2)]);
    const [mistake, other] = participantIds as string[];
    const before = await t.http.get(`/participants/${mistake}`).set('authorization', adviser).expect(200);
    expect(before.body.personal).toEqual({ name: 'Persoon Nummer1', email: 'persoon1@mail.test', birthDate: '1980-01-01' });
    expect(keysIn('personal-keys.db')).toBe(2);

    const removed = await t.http
      .delete(`/modules/${moduleId}/participants/${mistake}`)
      .set('authorization', auth)
      .send({ reason: 'registered twice' })
      .expect(200);
    const after = await t.http
      .get(`/participants/${mistake}?consistentWith=${removed.body.position}`)
      .set('authorization', adviser)
      .expect(200);
    expect(after.body).toMatchObject({
      participantId: mistake,
      personal: null,
      erased: true,
      removed: { reason: 'registered twice', removedOn: '2017-01-16' },
    });
    expect(JSON.stringify(after.body)).not.toMatch(/Persoon|persoon1|1980-01-01/);
    expect(keysIn('personal-keys.db')).toBe(1);
    expect(keysIn('personal-data.db')).toBe(1);

    const kept = await t.http.get(`/participants/${other}`).set('authorization', adviser).expect(200);
    expect(kept.body).toMatchObject({ removed: null, erased: false, personal: { name: 'Persoon Nummer2' } });
    const again = await t.http
      .delete(`/modules/${moduleId}/participants/${mistake}`)
      .set('authorization', auth)
      .send({ reason: 'again' })
      .expect(409);
    expect(again.body.code).toBe('PARTICIPANT_REMOVED');
  });

  it("shows the holder its award without the adviser's follow-up findings and the financial reports", async () => {
    const adviser = t.auth('adviser');
    await write(t, adviser, `/awards/${w.tenderAward}/follow-ups`, {
      kind: 'lesson-visit',
      on: '2016-09-05',
      finding: 'lesgever slecht voorbereid',
      rating: 2,
    });
    const last = await write(t, adviser, `/awards/${w.tenderAward}/financial-reports`, {
      year: 2016,
      costsCents: 80_000_00,
      revenuesCents: 5_000_00,
    });
    const at = `consistentWith=${last.position}`;

    const forHolder = await t.http.get(`/awards/${w.tenderAward}?${at}`).set('authorization', auth).expect(200);
    expect(forHolder.body).toMatchObject({ awardId: w.tenderAward, followUpCount: 1, grantedCents: 90_000_00 });
    expect(forHolder.body).not.toHaveProperty('followUps');
    expect(forHolder.body).not.toHaveProperty('financialReports');
    expect(forHolder.text).not.toMatch(/slecht voorbereid|costsCents|rating/);

    for (const role of ['adviser', 'inspector'] as const) {
      const full = await t.http.get(`/awards/${w.tenderAward}?${at}`).set('authorization', t.auth(role)).expect(200);
      expect(full.body).toMatchObject({
        followUpCount: 1,
        followUps: [{ finding: 'lesgever slecht voorbereid', rating: 2 }],
        financialReports: [{ year: 2016, costsCents: 80_000_00 }],
      });
    }
  });
});
