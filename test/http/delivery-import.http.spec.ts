import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AFTER_TRAININGS, deliveryWorld, head, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { recordedSince, startTestApp, type TestApp } from '../support/test-app.js';

const HEADER = 'trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate';
const csvRow = (n: number) =>
  `2016-10-03;0406.798.006;${n % 2 ? 'entrepreneur' : 'employee'};starters|PMAH;Deelnemer Geheim${n};geheim${n}@mail.test;1975-05-0${(n % 9) + 1}`;

describe('participant import and personal data', () => {
  let t: TestApp;
  let moduleId: string;
  let auth: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    const w = await deliveryWorld(t);
    auth = holder(t, SYNTRA);
    moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
  });
  afterAll(() => t.close());

  const importCsv = (csv: string, key?: string) => {
    const request = t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', auth)
      .set('content-type', 'text/csv; charset=utf-8');
    return (key ? request.set('idempotency-key', key) : request).send(csv);
  };

  it('refuses a 10 000-row CSV with three bad rows, reports all three, appends nothing; the corrected file imports in one piece', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => csvRow(i + 1));
    const bad = [...rows];
    bad[41] = bad[41].replace('2016-10-03', '2016-13-03');
    bad[4999] = bad[4999].replace(';entrepreneur;', ';boss;').replace(';employee;', ';boss;');
    bad[9999] = bad[9999].replace(/geheim10000@mail\.test/, 'not-an-email');
    const before = await head(t);
    const refused = await importCsv([HEADER, ...bad].join('\r\n')).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '42:trainingDate',
      '5000:role',
      '10000:email',
    ]);
    expect(JSON.stringify(refused.body)).not.toContain('Geheim');
    expect(await head(t)).toBe(before);

    const imported = await importCsv([HEADER, ...rows].join('\r\n'), 'import-1').expect(201);
    expect(imported.body.imported).toBe(10_000);
    const retry = await importCsv([HEADER, ...rows].join('\r\n'), 'import-1').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await recordedSince(t, imported.body.position)).toEqual([]);
    const read = await t.http.get(`/modules/${moduleId}?consistentWith=${imported.body.position}`).set('authorization', auth).expect(200);
    expect(read.body.participants).toBe(10_000);
  });

  it('reads a CSV with a BOM and `;`, and one with `,`', async () => {
    const semicolon = await importCsv(`\uFEFF${HEADER}\n${csvRow(1)}\n${csvRow(2)}\n`).expect(201);
    expect(semicolon.body.imported).toBe(2);
    const comma = await importCsv([HEADER, csvRow(3)].join('\n').replace(/;/g, ',')).expect(201);
    const one = await t.http
      .get(`/participants/${comma.body.participantIds[0]}?consistentWith=${comma.body.position}`)
      .set('authorization', t.auth('adviser'))
      .expect(200);
    expect(one.body).toMatchObject({
      role: 'entrepreneur',
      targetGroups: ['starters', 'PMAH'],
      personal: { name: 'Deelnemer Geheim3', email: 'geheim3@mail.test' },
    });
    const header = await importCsv(`name;email\nx;y`).expect(400);
    expect(header.body.errors[0].path).toBe('(header)');
  });

  it('refuses a JSON batch with bad rows listing every one', async () => {
    const response = await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', auth)
      .send([participant(1), participant(2, { role: 'x' }), participant(3, { personal: { name: 'A' } })])
      .expect(400);
    expect(response.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '2:role',
      '3:email',
      '3:birthDate',
    ]);
  });

  it('keeps personal data out of the event log, the read models, lists, the export and the indicators', async () => {
    const single = await write(
      t,
      auth,
      `/modules/${moduleId}/participants`,
      participant(99, { personal: { name: 'Zeer Geheim', email: 'zeer.geheim@mail.test', birthDate: '1966-06-06' } }),
    );
    const at = `consistentWith=${single.position}`;
    const adviser = t.auth('adviser');
    const answers = await Promise.all([
      t.http.get(`/modules/${moduleId}?${at}`).set('authorization', adviser),
      t.http
        .get(`/awards/${(await t.http.get(`/modules/${moduleId}`).set('authorization', adviser)).body.awardId}/modules?${at}`)
        .set('authorization', adviser),
      t.http.get(`/exports/delivery.csv?year=2016&${at}`).set('authorization', adviser),
      t.http.get(`/indicators/2016?${at}`).set('authorization', adviser),
      t.http.get(`/audit/events?${at}`).set('authorization', t.auth('inspector')),
    ]);
    const events = readFileSync(join(t.dataDir, 'events.db'));
    const readModels = new Database(join(t.dataDir, 'read-models.db'), { readonly: true });
    const documents = readModels.prepare('SELECT group_concat(doc) AS all_docs FROM document_history').get() as { all_docs: string };
    readModels.close();
    for (const secret of ['Zeer Geheim', 'zeer.geheim@mail.test', '1966-06-06', 'Geheim1', 'geheim1@mail.test']) {
      for (const answer of answers) expect(answer.text).not.toContain(secret);
      expect(events.includes(Buffer.from(secret))).toBe(false);
      expect(documents.all_docs).not.toContain(secret);
    }
    expect(answers[2].text.split('\r\n').filter((l) => l.startsWith('participant;')).length).toBeGreaterThan(10_000);
  });
});
