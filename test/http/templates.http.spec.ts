import { incentive, post } from '../support/outsourcing-requests.js';
import { recordedSince, startTestApp, type TestApp } from '../support/test-app.js';

const tenderDefaults = {
  contactAdviser: 'Ann Peeters',
  publicationRef: 'BDA-2016-000999',
  innovative: true,
  innovationKinds: ['product'],
  awardCriteria: [
    { name: 'kwaliteit', weight: 60 },
    { name: 'prijs', weight: 40 },
  ],
  lots: [1, 2].map((number) => ({ number, title: `Perceel ${number}`, budgetCents: 50_000_00 })),
};

describe('templates over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const as = (role: Parameters<TestApp['auth']>[0]) => t.auth(role, role === 'mandate-holder' ? { org: '0123.456.749' } : {});

  it('creates, revises and lists a template with its versions; a launch from it takes its defaults and names the version', async () => {
    const created = await post(t, '/templates', { product: 'tender', name: 'Tender standaard', defaults: tenderDefaults });
    expect(created).toMatchObject({ version: 1, revision: 0 });
    const id = created.templateId as string;

    const revised = await t.http
      .post(`/templates/${id}/revise`)
      .set('authorization', as('adviser'))
      .send({ name: 'Tender standaard', defaults: { ...tenderDefaults, contactAdviser: 'Jan Claes' } })
      .expect(200);
    expect(revised.body).toMatchObject({ templateId: id, version: 2 });

    const one = await t.http
      .get(`/templates/${id}?consistentWith=${revised.body.position}`)
      .set('authorization', as('inspector'))
      .expect(200);
    expect(one.body).toMatchObject({ product: 'tender', version: 2, defaults: { contactAdviser: 'Jan Claes' } });
    expect(one.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const list = await t.http.get('/templates?product=tender').set('authorization', as('management')).expect(200);
    expect(list.body.total).toBe(1);

    // The body gives only what the template does not hold, and overrides one of its fields.
    const launched = await post(t, '/outsourcings', {
      templateId: id,
      title: 'Digitaal ondernemen',
      launchedOn: '2016-05-02',
      publicationRef: 'BDA-2016-001000',
    });
    const call = await t.http
      .get(`/outsourcings/${launched.id}?consistentWith=${launched.position}`)
      .set('authorization', as('adviser'))
      .expect(200);
    expect(call.body).toMatchObject({
      product: 'tender',
      contactAdviser: 'Jan Claes',
      publicationRef: 'BDA-2016-001000',
      budgetCents: 100_000_00,
      template: { id, version: 2 },
    });
  });

  it('refuses defaults a launch of the product would refuse, naming the field, and appends nothing', async () => {
    const head = (await t.http.get('/health').expect(200)).body.log.head as number;
    const refused = await t.http
      .post('/templates')
      .set('authorization', as('adviser'))
      .send({ product: 'incentive', name: 'Incentive', defaults: { lots: tenderDefaults.lots, awardCriteria: [{ name: 'x', weight: 0 }] } })
      .expect(400);
    const paths = refused.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['defaults.lots', 'defaults.awardCriteria.0.weight']));
    await t.http
      .post('/templates')
      .set('authorization', as('adviser'))
      .send({ product: 'incentive', name: 'Incentive', defaults: { product: 'tender' } })
      .expect(400)
      .expect((r) => expect(r.body.errors[0].path).toBe('defaults.product'));
    await t.http
      .post('/templates')
      .set('authorization', as('adviser'))
      .send({ product: 'incentive', name: 'x', defaults: { unknownField: 1 } })
      .expect(400);
    expect(await recordedSince(t, head)).toEqual([]);
  });

  it('refuses a launch from an unknown template or for another product, and a revision that changes nothing', async () => {
    const { templateId } = await post(t, '/templates', { product: 'incentive', name: 'Incentive', defaults: { minParticipants: 12 } });
    const launch = (body: object) => t.http.post('/outsourcings').set('authorization', as('adviser')).send(body);
    const unknown = await launch({ ...incentive(), templateId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(unknown.body).toMatchObject({ code: 'TEMPLATE_NOT_FOUND' });
    const other = await launch({ ...incentive({ product: 'open-offer' }), templateId }).expect(400);
    expect(other.body).toMatchObject({ code: 'TEMPLATE_PRODUCT_MISMATCH' });
    const { minParticipants: _, ...withoutMinimum } = incentive();
    await launch({ ...withoutMinimum, templateId }).expect(201);
    await t.http
      .post(`/templates/${templateId}/revise`)
      .set('authorization', as('adviser'))
      .send({ name: 'Incentive', defaults: { minParticipants: 12 } })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('TEMPLATE_UNCHANGED'));
    await t.http
      .post('/templates/00000000-0000-4000-8000-000000000000/revise')
      .set('authorization', as('adviser'))
      .send({ name: 'x', defaults: {} })
      .expect(404);
    await t.http.get('/templates/not-an-id').set('authorization', as('adviser')).expect(404);
  });

  it('lets only advisers write templates, and keeps them from mandate holders', async () => {
    for (const role of ['management', 'inspector', 'mandate-holder'] as const) {
      await t.http.post('/templates').set('authorization', as(role)).send({ product: 'incentive', name: 'x', defaults: {} }).expect(403);
    }
    await t.http.get('/templates').set('authorization', as('mandate-holder')).expect(403);
  });
});
