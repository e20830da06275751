import { JwtService } from '@nestjs/jwt';
import { execFileSync } from 'node:child_process';
import { TEST_SECRET, startTestApp, type TestApp } from '../support/test-app.js';

describe('documentation, health and tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the OpenAPI document and its UI without a token', async () => {
    const json = await t.http.get('/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    for (const path of ['/mandate-holders', '/outsourcings', '/outsourcings/{id}/awards', '/indicators/{year}', '/audit/events']) {
      expect(json.body.paths[path]).toBeDefined();
    }
    const launch = json.body.paths['/outsourcings'].post;
    expect(launch.requestBody.content['application/json'].schema.properties.product.enum).toEqual(['tender', 'incentive', 'open-offer']);
    const ui = await t.http.get('/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers /health without a token with the log head and projection lag', async () => {
    const health = await t.http.get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', log: { head: null }, projections: { lag: 0 } });
  });

  it('answers an unknown route with a problem, not an HTML page', async () => {
    const missing = await t.http.get('/nowhere').set('authorization', t.auth('adviser')).expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('accepts a token printed by `npm run token` for the configured secret', async () => {
    const token = execFileSync(process.execPath, ['scripts/token.mjs', '--role', 'inspector', '--sub', 'ines'], {
      env: { ...process.env, JWT_SECRET: TEST_SECRET },
      encoding: 'utf8',
    }).trim();
    await t.http.get('/mandate-holders').set('authorization', `Bearer ${token}`).expect(200);
    const refused = await t.http.get('/mandate-holders').set('authorization', `Bearer ${token}x`).expect(401);
    expect(refused.body.code).toBe('TOKEN_INVALID');
  });

  it('refuses a token without an expiry, and an expired one', async () => {
    const jwt = new JwtService({ secret: TEST_SECRET });
    const forever = await t.http
      .get('/mandate-holders')
      .set('authorization', `Bearer ${jwt.sign({ sub: 'x', role: 'adviser' })}`)
      .expect(401);
    expect(forever.body.detail).toMatch(/expiry/);
    const expired = jwt.sign({ sub: 'x', role: 'adviser', exp: Math.floor(Date.now() / 1000) - 60 });
    await t.http.get('/mandate-holders').set('authorization', `Bearer ${expired}`).expect(401);
  });
});
