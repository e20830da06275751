import { AFTER_TRAININGS, deliveryWorld, head, holder, moduleBody, SYNTRA, write } from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HEADER = 'trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate';
const ROWS = 100_000;
/** On a machine shared with other builds, 100 000 rows and their projections may take minutes; the spec checks counts, never time. */
const SLOW = 900_000;
const csvRow = (n: number) =>
  `2016-10-03;0406.798.006;${n % 2 ? 'entrepreneur' : 'employee'};starters|PMAH;Deelnemer ${n};deelnemer${n}@mail.test;1975-05-0${(n % 9) + 1}`;
const jsonRow = (n: number) => ({
  trainingDate: '2016-10-03',
  companyEnterpriseNumber: '0406.798.006',
  role: n % 2 ? 'entrepreneur' : 'employee',
  targetGroups: ['starters'],
  personal: { name: `Deelnemer ${n}`, email: `deelnemer${n}@mail.test`, birthDate: '1975-05-01' },
});

/** The limit the agency promises a national body: 100 000 rows in one request, all or none. */
describe('participant import of 100 000 rows', () => {
  let t: TestApp;
  let auth: string;
  let awardId: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    awardId = (await deliveryWorld(t)).tenderAward;
    auth = holder(t, SYNTRA);
  });
  afterAll(() => t.close());

  const newModule = async () => (await write(t, auth, `/awards/${awardId}/modules`, moduleBody())).moduleId as string;
  const send = (moduleId: string, body: string, contentType: string) =>
    t.http.post(`/modules/${moduleId}/participants/import`).set('authorization', auth).set('content-type', contentType).send(body);
  // The read models take 100 000 events in a few batches: a read that waited its while and answered 503
  // (not caught up yet) is asked again; what is counted is the same.
  const participantsOf = async (moduleId: string, position: number): Promise<unknown> => {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await t.http.get(`/modules/${moduleId}?consistentWith=${position}`).set('authorization', auth);
      if (answer.status === 503 && attempt < 60) continue;
      expect(answer.status).toBe(200);
      return answer.body.participants;
    }
  };

  it(
    'imports 100 000 CSV rows in one request, one event each, and the module counts every one',
    async () => {
      const moduleId = await newModule();
      const csv = [HEADER, ...Array.from({ length: ROWS }, (_, i) => csvRow(i + 1))].join('\r\n');
      const imported = await send(moduleId, csv, 'text/csv').expect(201);
      expect(imported.body.imported).toBe(ROWS);
      expect(new Set(imported.body.participantIds).size).toBe(ROWS);
      // The participants' stream of a new module: one event per row, revisions 0 to 99 999, appended at once.
      expect(imported.body.revision).toBe(ROWS - 1);
      expect(await participantsOf(moduleId, imported.body.position)).toBe(ROWS);
    },
    SLOW,
  );

  it(
    'imports 100 000 JSON rows in one request, one event each in the log',
    async () => {
      const moduleId = await newModule();
      const json = JSON.stringify(Array.from({ length: ROWS }, (_, i) => jsonRow(i + 1)));
      const imported = await send(moduleId, json, 'application/json').expect(201);
      expect(imported.body.imported).toBe(ROWS);
      expect(new Set(imported.body.participantIds).size).toBe(ROWS);
      // The log itself, not a read model that may still be catching up: one event per row, appended at once.
      expect(imported.body.revision).toBe(ROWS - 1);
    },
    SLOW,
  );

  it(
    'refuses 100 000 rows with one bad email at row 99 999, naming row and field, and appends nothing',
    async () => {
      const moduleId = await newModule();
      const rows = Array.from({ length: ROWS }, (_, i) => jsonRow(i + 1));
      rows[99_998] = { ...rows[99_998], personal: { ...rows[99_998].personal, email: 'not-an-email' } };
      const before = await head(t);
      const refused = await send(moduleId, JSON.stringify(rows), 'application/json').expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ row: 99_999, field: 'email', path: '[99998].personal.email' })]);
      expect(await head(t)).toBe(before);
    },
    SLOW,
  );

  it(
    'refuses one row more than 100 000, appending nothing',
    async () => {
      const moduleId = await newModule();
      const csv = [HEADER, ...Array.from({ length: ROWS + 1 }, (_, i) => csvRow(i + 1))].join('\r\n');
      const refused = await send(moduleId, csv, 'text/csv').expect(400);
      expect(refused.body.errors[0].message).toContain('at most 100000 participants per import');
    },
    SLOW,
  );
});
