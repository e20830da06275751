import { AFTER_TRAININGS, deliveryWorld, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GET /exports/delivery.csv', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("streams the year's modules, sessions and participants by id; a removed participant is left out", async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    const w = await deliveryWorld(t);
    const auth = holder(t, SYNTRA);
    const { moduleId } = await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody());
    await write(t, auth, `/modules/${moduleId}/sessions`, { date: '2016-09-05', place: 'Gent', hours: 3 });
    const imported = await write(
      t,
      auth,
      `/modules/${moduleId}/participants/import`,
      [1, 2, 3].map((n) => participant(n)),
    );
    const ids: string[] = imported.participantIds;
    const removed = await t.http
      .delete(`/modules/${moduleId}/participants/${ids[1]}`)
      .set('authorization', auth)
      .send({ reason: 'registered twice' })
      .expect(200);
    await write(t, auth, `/modules/${moduleId}/participants`, participant(4, { trainingDate: '2017-01-10' }));

    const response = await t.http
      .get(`/exports/delivery.csv?year=2016&consistentWith=${removed.body.position + 1}`)
      .set('authorization', t.auth('inspector'))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('daeb-delivery-2016.csv');
    const lines = response.text.trim().split('\r\n');
    expect(lines[0].split(';').slice(0, 6)).toEqual(['record', 'year', 'awardId', 'enterpriseNumber', 'moduleId', 'id']);
    const kinds = lines.slice(1).map((l) => l.split(';')[0]);
    expect(kinds.filter((k) => k === 'module')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'session')).toHaveLength(1);
    const participantIds = lines.filter((l) => l.startsWith('participant;')).map((l) => l.split(';')[5]);
    expect(participantIds.sort()).toEqual([ids[0], ids[2]].sort());
    expect(response.text).not.toMatch(/Persoon|@mail\.test|1980-01-01/);
  });
});
