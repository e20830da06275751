import { startTestApp, type TestApp } from '../support/test-app.js';

interface AdminProjection {
  name: string;
  generation: number;
  state: 'serving' | 'rebuilding';
  rebuild: { generation: number; error: string | null } | null;
}

/**
 * POST /admin/projections/{name}/rebuild on a running service: reads keep answering from the old
 * generation while the new one is built, and answer the same once it has been swapped in.
 */
describe('online rebuild of a projection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  }, 180_000);
  afterAll(() => t.close());

  const admin = async () =>
    (
      (await t.http.get('/admin/projections').set('authorization', t.auth('operator')).expect(200)).body as {
        projections: AdminProjection[];
      }
    ).projections;
  const holders = async () => (await t.http.get('/mandate-holders').set('authorization', t.auth('adviser')).expect(200)).body as unknown;
  // The demo's last year (the clock stands in 2016): its figures come from the running totals kept beside
  // the collection, which a new generation must keep too.
  const figures = async () =>
    ((await t.http.get('/indicators/2015').set('authorization', t.auth('management')).expect(200)).body as { indicators: unknown })
      .indicators;
  const outsourcings = async () => (await t.http.get('/outsourcings').set('authorization', t.auth('adviser')).expect(200)).body as unknown;

  it('keeps reads answering during the rebuild, equal after it, on the next generation', async () => {
    const before = { holders: await holders(), outsourcings: await outsourcings(), figures: await figures() };
    expect(before.figures).toMatchObject({ DP24: { value: expect.any(Number) as number } });
    expect((before.figures as { DP24: { value: number } }).DP24.value).toBeGreaterThan(0);
    expect((await admin()).find((p) => p.name === 'outsourcings')?.generation).toBe(0);

    const started = await t.http.post('/admin/projections/outsourcings/rebuild').set('authorization', t.auth('operator')).expect(200);
    expect(started.body).toMatchObject({ name: 'outsourcings', state: 'rebuilding', generation: 0, rebuild: { generation: 1 } });
    // A second request while the first builds is refused; once the first swapped in (a small log
    // rebuilds in one batch) it starts the next generation.
    const again = await t.http.post('/admin/projections/outsourcings/rebuild').set('authorization', t.auth('operator'));
    expect([200, 409]).toContain(again.status);
    const first = again.status === 200 ? 2 : 1;

    // Reads during the rebuild: every one answers, and answers what it answered before.
    const during: unknown[] = [];
    let state: AdminProjection | undefined;
    for (let i = 0; i < 600; i += 1) {
      during.push(await outsourcings());
      state = (await admin()).find((p) => p.name === 'outsourcings');
      if (state?.state === 'serving' && state.generation === first) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(state).toMatchObject({ state: 'serving', generation: first, rebuild: null });
    expect(during.length).toBeGreaterThan(0);
    for (const answer of during) expect(answer).toEqual(before.outsourcings);
    expect(await outsourcings()).toEqual(before.outsourcings);
    expect(await holders()).toEqual(before.holders);

    // A second rebuild makes the next generation; the first one's collection is gone.
    await t.http.post('/admin/projections/outsourcings/rebuild').set('authorization', t.auth('operator')).expect(200);
    // The generation is swapped in the store a moment before this instance has moved onto it: wait for both.
    const swapped = (p?: AdminProjection) => p?.generation === first + 1 && p.state === 'serving';
    for (let i = 0; i < 600 && !swapped((await admin()).find((p) => p.name === 'outsourcings')); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await admin()).find((p) => p.name === 'outsourcings')).toMatchObject({ state: 'serving', generation: first + 1 });
    expect(await outsourcings()).toEqual(before.outsourcings);
    expect(await figures()).toEqual(before.figures);
  }, 120_000);

  it('is for the operator only, and answers 404 for a projection that does not exist', async () => {
    await t.http.post('/admin/projections/outsourcings/rebuild').set('authorization', t.auth('adviser')).expect(403);
    await t.http.get('/admin/projections').set('authorization', t.auth('management')).expect(403);
    const missing = await t.http.post('/admin/projections/nope/rebuild').set('authorization', t.auth('operator')).expect(404);
    expect(missing.body.code).toBe('PROJECTION_NOT_FOUND');
  });
});
