import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  AFTER_TRAININGS,
  deliveryWorld,
  type DeliveryWorld,
  head,
  holder,
  moduleBody,
  participant,
  SYNTRA,
  write,
} from '../support/delivery-fixtures.js';
import { post } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const forgetAnswers = (t: TestApp) => {
  // As if the process died right after the append, before the answer was stored.
  const answers = new Database(join(t.dataDir, 'idempotency.db'));
  answers.prepare('DELETE FROM idempotency_keys').run();
  answers.close();
};
const sealedCount = (t: TestApp) => {
  const vault = new Database(join(t.dataDir, 'personal-data.db'), { readonly: true });
  const { n } = vault.prepare('SELECT COUNT(*) AS n FROM sealed_persons').get() as { n: number };
  vault.close();
  return n;
};

describe('money supervision and retries of delivery over HTTP', () => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    w = await deliveryWorld(t);
  });
  afterEach(() => t.close());

  it('records recoveries, shows net paid and overcompensation, and supervises the year', async () => {
    const adviser = t.auth('adviser');
    await write(t, adviser, `/awards/${w.tenderAward}/payments`, { amountCents: 60_000_00, paidOn: '2016-12-01' });
    await write(t, adviser, `/awards/${w.tenderAward}/payments`, { amountCents: 40_000_00, paidOn: '2017-01-10' });
    const recovery = await write(t, adviser, `/awards/${w.tenderAward}/recoveries`, {
      amountCents: 5_000_00,
      recoveredOn: '2017-01-12',
      reason: 'paid twice',
    });
    expect(recovery.recoveryId).toMatch(/^[0-9a-f-]{36}$/);
    const tooMuch = await t.http
      .post(`/awards/${w.tenderAward}/recoveries`)
      .set('authorization', adviser)
      .send({ amountCents: 95_000_01, recoveredOn: '2017-01-12', reason: 'x' })
      .expect(409);
    expect(tooMuch.body.code).toBe('RECOVERY_ABOVE_NET_PAID');
    const future = await t.http
      .post(`/awards/${w.tenderAward}/payments`)
      .set('authorization', adviser)
      .send({ amountCents: 1, paidOn: '2017-02-01' });
    expect(future.status).toBe(409);
    expect(future.body).toMatchObject({ code: 'DATE_IN_FUTURE', errors: [{ path: 'paidOn' }] });
    await t.http.post(`/awards/${w.tenderAward}/recoveries`).set('authorization', holder(t, SYNTRA)).send({}).expect(403);

    const report = await write(t, adviser, `/awards/${w.tenderAward}/financial-reports`, {
      year: 2016,
      costsCents: 90_000_00,
      revenuesCents: 10_000_00,
    });
    const award = await t.http.get(`/awards/${w.tenderAward}?consistentWith=${report.position}`).set('authorization', adviser).expect(200);
    expect(award.body).toMatchObject({
      grantedCents: 90_000_00,
      paidCents: 100_000_00,
      recoveredCents: 5_000_00,
      netPaidCents: 95_000_00,
      paidAboveGranted: true,
      overcompensationCents: 15_000_00,
    });

    for (const role of ['adviser', 'management', 'inspector'] as const) {
      await t.http.get('/supervision/2016').set('authorization', t.auth(role)).expect(200);
    }
    await t.http.get('/supervision/2016').set('authorization', holder(t, SYNTRA)).expect(403);
    const supervision = await t.http.get('/supervision/2016').set('authorization', adviser).expect(200);
    const row = supervision.body.awards.find((a: { awardId: string }) => a.awardId === w.tenderAward);
    expect(row).toMatchObject({
      paidByYear: { '2016': 60_000_00, '2017': 40_000_00 },
      netPaidCents: 95_000_00,
      flags: { paidAboveGranted: true, overcompensation: true, noFinancialReport: false },
    });
    expect(supervision.body.totals).toMatchObject({ awards: 3, netPaidCents: 95_000_00, flagged: { noFinancialReport: 2 } });
  });

  it('refuses a payment after the award was withdrawn', async () => {
    const adviser = t.auth('adviser');
    const call = (await t.http.get(`/awards/${w.tenderAward}`).set('authorization', adviser).expect(200)).body.outsourcingId;
    await post(t, `/outsourcings/${call}/awards/${w.tenderAward}/withdraw`, { reason: 'did not start' }, 200);
    const refused = await t.http
      .post(`/awards/${w.tenderAward}/payments`)
      .set('authorization', adviser)
      .send({ amountCents: 1_00 })
      .expect(409);
    expect(refused.body.code).toBe('AWARD_WITHDRAWN');
  });

  it('answers a keyed module and participant registration retried after a crash with the same ids, appending and sealing nothing more', async () => {
    const auth = holder(t, SYNTRA);
    const keyed = (path: string, key: string, body: object) =>
      t.http.post(path).set('authorization', auth).set('idempotency-key', key).send(body).expect(201);
    const module = await keyed(`/awards/${w.tenderAward}/modules`, 'module-1', moduleBody());
    const people = await keyed(`/modules/${module.body.moduleId}/participants/import`, 'import-1', [participant(1), participant(2)]);
    const afterFirst = await head(t);
    const sealed = sealedCount(t);
    forgetAnswers(t);
    const moduleAgain = await keyed(`/awards/${w.tenderAward}/modules`, 'module-1', moduleBody());
    const peopleAgain = await keyed(`/modules/${module.body.moduleId}/participants/import`, 'import-1', [participant(1), participant(2)]);
    expect(moduleAgain.headers['idempotent-replayed']).toBeUndefined();
    expect(moduleAgain.body.moduleId).toBe(module.body.moduleId);
    expect(peopleAgain.body.participantIds).toEqual(people.body.participantIds);
    expect(await head(t)).toBe(afterFirst);
    expect(sealedCount(t)).toBe(sealed);
    const person = await t.http
      .get(`/participants/${people.body.participantIds[0]}?consistentWith=${afterFirst}`)
      .set('authorization', t.auth('adviser'))
      .expect(200);
    expect(person.body.personal.name).toBe('Persoon Nummer1');
  });

  it('erases at start the personal data sealed for a registration that never reached the log', async () => {
    const kept = await write(
      t,
      holder(t, SYNTRA),
      `/modules/${(await write(t, holder(t, SYNTRA), `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId}/participants`,
      participant(1),
    );
    await t.close();
    const vault = new Database(join(t.dataDir, 'personal-data.db'));
    // A seal whose append never happened: sealed, pending, ten minutes ago.
    vault
      .prepare("INSERT INTO sealed_persons (ref, participant_id, iv, tag, ciphertext) VALUES ('orphan', 'nobody', x'00', x'00', x'00')")
      .run();
    vault.prepare("INSERT INTO pending_seals (ref, sealed_at) VALUES ('orphan', ?)").run(Date.now() - 10 * 60_000);
    vault.prepare("UPDATE pending_seals SET sealed_at = ? WHERE ref <> 'orphan'").run(Date.now() - 10 * 60_000);
    vault.close();
    t = await startTestApp({ now: AFTER_TRAININGS, dataDir: t.dataDir });
    const after = new Database(join(t.dataDir, 'personal-data.db'), { readonly: true });
    const refs = after.prepare('SELECT ref FROM sealed_persons').all() as { ref: string }[];
    after.close();
    expect(refs.map((r) => r.ref)).not.toContain('orphan');
    expect(refs).toHaveLength(1);
    const person = await t.http.get(`/participants/${kept.participantId}`).set('authorization', t.auth('adviser')).expect(200);
    expect(person.body.personal.name).toBe('Persoon Nummer1');
  });
});
