import { AFTER_TRAININGS, deliveryWorld, head, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Trainings are dated between the award (1 April 2016) and today, and never into a year management closed. */
describe('dates of delivery over HTTP', () => {
  let t: TestApp;
  let auth: string;
  let moduleId: string;
  let kept: string;
  let evaluationOf2016: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    const w = await deliveryWorld(t);
    auth = holder(t, SYNTRA);
    moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
    kept = (await write(t, auth, `/modules/${moduleId}/participants/import`, [participant(1), participant(2)])).participantIds[0];
    // At most as many responses as the module's participants of the year (issue 7): 2, not 3 as before.
    evaluationOf2016 = (await write(t, auth, `/modules/${moduleId}/evaluations`, { distribution: { 8: 2 } })).evaluationId;
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown) =>
    t.http
      .post(`/modules/${moduleId}/${path}`)
      .set('authorization', auth)
      .send(body as object);
  const indicators2016 = async () =>
    (
      await t.http
        .get(`/indicators/2016?consistentWith=${await head(t)}`)
        .set('authorization', t.auth('management'))
        .expect(200)
    ).body.indicators;

  it('refuses a participant trained after today or before the award, naming the field', async () => {
    const future = await post('participants', participant(3, { trainingDate: '2099-03-01' })).expect(409);
    expect(future.body).toMatchObject({ code: 'TRAINING_DATE_IN_FUTURE', errors: [{ path: 'trainingDate' }] });
    const early = await post('participants', participant(3, { trainingDate: '2016-03-31' })).expect(409);
    expect(early.body).toMatchObject({ code: 'TRAINING_DATE_BEFORE_AWARD', errors: [{ path: 'trainingDate' }] });
    expect((await post('evaluations', { distribution: { 9: 1 }, trainingDate: '2099-01-01' }).expect(409)).body.code).toBe(
      'TRAINING_DATE_IN_FUTURE',
    );
  });

  it('lists every bad row of an import by number and appends nothing', async () => {
    const before = await head(t);
    const rows = [
      participant(4),
      participant(5, { trainingDate: '2099-03-01' }),
      participant(6),
      participant(7, { trainingDate: '2015-12-01' }),
    ];
    const refused = await post('participants/import', rows).expect(400);
    expect(refused.body.code).toBe('TRAINING_DATES_REFUSED');
    expect(refused.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '2:trainingDate',
      '4:trainingDate',
    ]);
    expect(JSON.stringify(refused.body)).not.toContain('Nummer');
    expect(await head(t)).toBe(before);
  });

  it('moves no figure of a closed year: no registration, evaluation, replacement or removal dated in it', async () => {
    const figures = await indicators2016();
    t.clock.set('2017-05-10T08:00:00Z');
    await t.http.post('/indicators/2016/close').set('authorization', t.auth('management')).expect(200);
    const before = await head(t);

    const one = await post('participants', participant(8)).expect(409);
    expect(one.body).toMatchObject({ code: 'YEAR_CLOSED', errors: [{ path: 'trainingDate' }] });
    const csv = await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', auth)
      .set('content-type', 'text/csv')
      .send(
        'trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate\n2017-02-01;0406.798.006;employee;;Geheime Naam;geheim@mail.test;1970-01-01\n2016-10-03;0406.798.006;employee;;Geheime Naam;geheim@mail.test;1970-01-01\n',
      )
      .expect(400);
    expect(csv.body).toMatchObject({ code: 'YEAR_CLOSED', errors: [{ row: 2, field: 'trainingDate' }] });
    expect(csv.body.errors).toHaveLength(1);
    expect(JSON.stringify(csv.body)).not.toContain('Geheim');
    expect((await post('evaluations', { distribution: { 9: 1 }, trainingDate: '2016-12-01' }).expect(409)).body.code).toBe('YEAR_CLOSED');
    expect((await post('evaluations', { participantId: kept, score: 9 }).expect(409)).body).toMatchObject({
      code: 'YEAR_CLOSED',
      errors: [{ path: 'participantId' }],
    });
    const replaced = await post('evaluations', { distribution: { 9: 1 }, trainingDate: '2017-02-01', replaces: evaluationOf2016 }).expect(
      409,
    );
    expect(replaced.body).toMatchObject({ code: 'YEAR_CLOSED', errors: [{ path: 'replaces' }] });
    const removal = await t.http
      .delete(`/modules/${moduleId}/participants/${kept}`)
      .set('authorization', auth)
      .send({ reason: 'registered twice' })
      .expect(409);
    expect(removal.body).toMatchObject({ code: 'YEAR_CLOSED', errors: [{ path: 'participantId' }] });
    const stillThere = await t.http.get(`/participants/${kept}`).set('authorization', t.auth('adviser')).expect(200);
    expect(stillThere.body).toMatchObject({ removed: null, personal: { name: 'Persoon Nummer1' } });

    expect(await head(t)).toBe(before);
    expect(await indicators2016()).toEqual(figures);
    // The open year still takes trainings held since.
    await write(t, auth, `/modules/${moduleId}/participants`, participant(9, { trainingDate: '2017-02-01' }));
  });
});
