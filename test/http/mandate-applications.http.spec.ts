import { startTestApp, type TestApp } from '../support/test-app.js';

const NEW_ORG = '0417.497.106';
const OTHER_ORG = '0202.239.951';
const application = {
  enterpriseNumber: NEW_ORG,
  name: 'Nieuwe Opleider vzw',
  email: 'info@nieuw.test',
  basis: 'experience',
  motivation: 'Tien jaar opleidingen voor starters van buitenlandse herkomst.',
};

describe('mandate applications over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const applicant = (org = NEW_ORG) => t.auth('applicant', { org });
  const adviser = () => t.auth('adviser');
  const apply = (auth: string, body: object = application) => t.http.post('/mandate-applications').set('authorization', auth).send(body);

  it('takes an application, refuses a second one while it is open, rejects it, takes a new one and approves it into a mandate', async () => {
    const first = (await apply(applicant()).expect(201)).body;
    await apply(applicant())
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('APPLICATION_PENDING'));
    await t.http
      .post(`/mandate-applications/${first.applicationId}/reject`)
      .set('authorization', adviser())
      .send({ reason: 'te weinig ervaring aangetoond' })
      .expect(200);
    await t.http
      .post(`/mandate-applications/${first.applicationId}/approve`)
      .set('authorization', adviser())
      .send({})
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('APPLICATION_ALREADY_DECIDED'));

    const second = (await apply(applicant(), { ...application, basis: 'quality-label', qualityLabel: 'Q-for-training' }).expect(201)).body;
    const approved = await t.http.post(`/mandate-applications/${second.applicationId}/approve`).set('authorization', adviser()).expect(200);
    const holder = await t.http
      .get(`/mandate-holders/${NEW_ORG}?consistentWith=${approved.body.position}`)
      .set('authorization', adviser())
      .expect(200);
    expect(holder.body).toMatchObject({
      name: 'Nieuwe Opleider vzw',
      basis: 'quality-label',
      qualityLabel: 'Q-for-training',
      activeToday: true,
    });

    const mine = await t.http
      .get(`/mandate-applications?consistentWith=${approved.body.position}`)
      .set('authorization', applicant())
      .expect(200);
    expect(mine.body.items.map((a: { status: string }) => a.status).sort()).toEqual(['approved', 'rejected']);
    expect(mine.body.items.find((a: { status: string }) => a.status === 'rejected').decision).toMatchObject({
      reason: 'te weinig ervaring aangetoond',
    });
    const rejected = await t.http.get('/mandate-applications?status=rejected').set('authorization', t.auth('inspector')).expect(200);
    expect(rejected.body.total).toBe(1);
    await apply(applicant())
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('MANDATE_ALREADY_GRANTED'));
  });

  it('lets an applicant apply only for itself and read only its own applications', async () => {
    await apply(applicant(OTHER_ORG)).expect(403);
    await apply(applicant(OTHER_ORG), { ...application, enterpriseNumber: OTHER_ORG }).expect(201);
    const theirs = await t.http.get('/mandate-applications').set('authorization', applicant(OTHER_ORG)).expect(200);
    expect(theirs.body.items.every((a: { enterpriseNumber: string }) => a.enterpriseNumber === OTHER_ORG)).toBe(true);
    expect(theirs.body.total).toBe(1);
  });

  it('keeps decisions to advisers and applications to applicants', async () => {
    for (const role of ['management', 'inspector', 'mandate-holder'] as const) {
      await apply(t.auth(role, { org: NEW_ORG })).expect(403);
    }
    await apply(adviser()).expect(403);
    await t.http.post('/mandate-applications/00000000-0000-4000-8000-000000000000/approve').set('authorization', applicant()).expect(403);
    await t.http.post('/mandate-applications/00000000-0000-4000-8000-000000000000/approve').set('authorization', adviser()).expect(404);
    await t.http
      .post('/mandate-applications/00000000-0000-4000-8000-000000000000/reject')
      .set('authorization', adviser())
      .send({})
      .expect(400);
    await t.http
      .get('/mandate-applications')
      .set('authorization', t.auth('mandate-holder', { org: NEW_ORG }))
      .expect(403);
    await t.http.get('/mandate-holders').set('authorization', applicant()).expect(403);
  });
});
