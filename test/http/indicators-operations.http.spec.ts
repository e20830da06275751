import { outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import { grantHolders } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('runner position and lag over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('exposes each projection position and lag and the log head as Prometheus metrics, without a token', async () => {
    await grantHolders(t, 'syntra', 'unizo');
    await t.http.get('/mandate-holders?consistentWith=2').set('authorization', t.auth('adviser')).expect(200);
    const response = await t.http.get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/^daeb_log_head_position 2$/m);
    expect(response.text).toMatch(/^daeb_projection_position\{projection="mandate-holders",version="2"\} 2$/m);
    const lag = new RegExp(
      `^daeb_projection_lag_events\\{projection="outsourcings",version="${outsourcingsProjection.version}"\\} 0$`,
      'm',
    );
    expect(response.text).toMatch(lag);
    expect(response.text).toMatch(/^daeb_projection_rebuilding\{projection="targets",version="1"\} 0$/m);
  });

  it('gives the same per-projection details in /health', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body.log.head).toBe(2);
    expect(response.body.projections).toMatchObject({ position: 2, lag: 0 });
    const names = response.body.projections.details.map((d: { name: string }) => d.name);
    expect(names).toEqual(expect.arrayContaining(['outsourcings', 'targets', 'indicator-years']));
    expect(response.body.projections.details[0]).toMatchObject({
      name: 'mandate-holders',
      version: 2,
      activeVersion: 2,
      position: 2,
      lag: 0,
      state: 'serving',
    });
  });
});
