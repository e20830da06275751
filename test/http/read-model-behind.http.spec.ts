import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { AFTER_TRAININGS, deliveryWorld, head, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A module just registered, while the read models are far behind the log: the write cannot tell
 * whether the module exists, so it answers 503 READ_MODEL_BEHIND (retry) rather than a 404, and appends nothing.
 */
describe('a delivery write while the read models are behind', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
  });
  afterAll(() => t.close());

  it('answers 503 READ_MODEL_BEHIND for a module the read models do not know yet, then 201 once they caught up', async () => {
    const w = await deliveryWorld(t);
    const syntra = holder(t, SYNTRA);
    const known = await write(t, syntra, `/awards/${w.tenderAward}/modules`, moduleBody());
    await t.http
      .get(`/awards/${w.tenderAward}?consistentWith=${await head(t)}`)
      .set('authorization', syntra)
      .expect(200);
    // The read models stop applying the log (as when they rebuild): a new module is in the log only.
    const runner = t.app.get(ProjectionRunner);
    await runner.stop();
    const fresh = await write(t, syntra, `/awards/${w.tenderAward}/modules`, moduleBody({ title: 'Digitaal boekhouden' }));
    const before = await head(t);

    const refused = await t.http.post(`/modules/${fresh.moduleId}/participants`).set('authorization', syntra).send(participant(1));
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'READ_MODEL_BEHIND', status: 503 });
    expect(await head(t)).toBe(before);

    await runner.start();
    await write(t, syntra, `/modules/${fresh.moduleId}/participants`, participant(1));
    await write(t, syntra, `/modules/${known.moduleId}/participants`, participant(2));
  }, 60_000);
});
