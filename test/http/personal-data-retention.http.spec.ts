import { RetentionSweep } from '../../src/delivery/retain-personal-data/retention-sweep.js';
import { AFTER_TRAININGS, deliveryWorld, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** PERSONAL_DATA_RETENTION_YEARS = 7 in the test app: trained in 2016, erased from 1 January 2024. */
describe('personal data retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
  });
  afterAll(() => t.close());

  it('erases exactly the people whose training year ended more than the retention period ago, once', async () => {
    const w = await deliveryWorld(t);
    const auth = holder(t, SYNTRA);
    const moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
    const people = [participant(1), participant(2), participant(3), participant(4, { trainingDate: '2017-01-10' })];
    const [old1, old2, removed, recent] = (await write(t, auth, `/modules/${moduleId}/participants/import`, people)).participantIds;
    const removal = await t.http
      .delete(`/modules/${moduleId}/participants/${removed}`)
      .set('authorization', auth)
      .send({ reason: 'registered twice' })
      .expect(200);
    const adviser = t.auth('adviser');
    const at = `consistentWith=${removal.body.position}`;
    const before = (await t.http.get(`/indicators/2016?${at}`).set('authorization', adviser).expect(200)).body.indicators;
    const sweep = t.app.get(RetentionSweep);

    t.clock.set('2023-12-31T22:59:00Z'); // still 31 December 2023 in Brussels
    expect(await sweep.sweep()).toEqual({ erased: 0, failed: 0 });
    t.clock.set('2023-12-31T23:00:00Z'); // 1 January 2024 in Brussels
    expect(await sweep.sweep()).toEqual({ erased: 2, failed: 0 });
    expect(await sweep.sweep()).toEqual({ erased: 0, failed: 0 });

    const read = async (id: string) => (await t.http.get(`/participants/${id}`).set('authorization', adviser).expect(200)).body;
    expect(await read(old1)).toMatchObject({ erased: true, personal: null });
    expect(await read(old2)).toMatchObject({ erased: true, personal: null });
    expect(await read(recent)).toMatchObject({ erased: false, personal: { name: 'Persoon Nummer4' } });

    const history = await t.http.get(`/audit/events?stream=module-${moduleId}`).set('authorization', t.auth('inspector')).expect(200);
    const erasures = history.body.items.filter((e: { type: string }) => e.type === 'ParticipantErased');
    expect(erasures.map((e: { data: { participantId: string } }) => e.data.participantId).sort()).toEqual([old1, old2].sort());
    expect(erasures[0]).toMatchObject({
      data: { basis: 'retention', erasedOn: '2024-01-01', reason: 'retention: training year 2016 ended more than 7 years ago' },
      metadata: { actor: 'personal-data-retention' },
    });
    const last = history.body.items[history.body.items.length - 1].position;
    const after = (await t.http.get(`/indicators/2016?consistentWith=${last}`).set('authorization', adviser).expect(200)).body.indicators;
    expect(after).toEqual(before);
  });
});
