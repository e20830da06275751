import { execFileSync } from 'node:child_process';
import jwt from 'jsonwebtoken';
import { startTestApp, type TestApp, TEST_SECRET } from '../support/test-app.js';

/** TOKEN_MAX_HOURS = 12 in the test app. */
describe('bearer token lifetime over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const now = () => Math.floor(Date.now() / 1000);
  const call = (claims: object, options: jwt.SignOptions = {}) =>
    t.http
      .get('/mandate-holders')
      .set('authorization', `Bearer ${jwt.sign({ sub: 'ann', role: 'adviser', ...claims }, TEST_SECRET, options)}`);

  it('accepts a token living up to the maximum, from the test app and from npm run token', async () => {
    await call({ iat: now(), exp: now() + 12 * 3600 }).expect(200);
    await t.http.get('/mandate-holders').set('authorization', t.auth('adviser')).expect(200);
    const scripted = execFileSync(process.execPath, ['scripts/token.mjs', '--role', 'adviser', '--sub', 'ann'], {
      env: { ...process.env, JWT_SECRET: TEST_SECRET },
      encoding: 'utf8',
    }).trim();
    await t.http.get('/mandate-holders').set('authorization', `Bearer ${scripted}`).expect(200);
  });

  it('refuses a token living longer than TOKEN_MAX_HOURS, however far its expiry', async () => {
    for (const exp of [now() + 12 * 3600 + 1, 1e300]) {
      const refused = await call({ iat: now(), exp }).expect(401);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: 'TOKEN_LIFETIME_TOO_LONG', detail: expect.stringMatching(/12 hours/) });
    }
  });

  it('refuses a token without an issue time, or issued in the future', async () => {
    const noIat = await call({ exp: now() + 3600 }, { noTimestamp: true }).expect(401);
    expect(noIat.body).toMatchObject({ code: 'TOKEN_WITHOUT_ISSUED_AT', detail: expect.stringMatching(/iat/) });
    const ahead = await call({ iat: now() + 3600, exp: now() + 7200 }).expect(401);
    expect(ahead.body.code).toBe('TOKEN_ISSUED_IN_FUTURE');
  });
});
