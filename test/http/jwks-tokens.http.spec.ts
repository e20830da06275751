import jwt from 'jsonwebtoken';
import type { AppConfig } from '../../src/config/config.js';
import { TokenVerifier } from '../../src/shared/auth/token-verifier.js';
import { SYNTRA } from '../support/delivery-fixtures.js';
import { AUDIENCE, ISSUER, type LoopbackJwks, providerToken, serveJwks, signingKey } from '../support/loopback-jwks.js';
import { startTestApp, type TestApp, TEST_SECRET } from '../support/test-app.js';

const rsa1 = signingKey('rsa-1', 'RS256');
const ec1 = signingKey('ec-1', 'ES256');
const rsa2 = signingKey('rsa-2', 'RS256');

/**
 * The service configured for the agency's identity provider only (no JWT_SECRET): tokens are checked
 * against the key set the provider publishes, here on a loopback port, with no cooldown between fetches.
 */
describe('tokens of the identity provider, verified against its JWKS', () => {
  let jwks: LoopbackJwks;
  let t: TestApp;
  beforeAll(async () => {
    jwks = await serveJwks([rsa1, ec1]);
    t = await startTestApp({
      config: { jwtSecret: null, jwks: { url: jwks.url, issuer: ISSUER, audience: AUDIENCE, refetchCooldownSeconds: 0 } },
    });
  });
  afterAll(async () => {
    await t.close();
    await jwks.close();
  });

  const call = (token: string, path = '/mandate-holders') => t.http.get(path).set('authorization', `Bearer ${token}`);

  it('accepts RS256 and ES256 tokens with the role and org claims, fetching the keys once', async () => {
    await call(providerToken(rsa1)).expect(200);
    await call(providerToken(ec1, { role: 'inspector' })).expect(200);
    await call(providerToken(rsa1, { role: 'mandate-holder', org: SYNTRA }), '/outsourcings').expect(200);
    const notOwn = await call(providerToken(ec1, { role: 'mandate-holder', org: SYNTRA }), '/mandate-holders/0202.239.951').expect(403);
    expect(notOwn.body.code).toBe('NOT_YOUR_ORGANISATION');
    expect(jwks.fetches).toBe(1);
  });

  it('refuses a wrong issuer, a wrong or missing audience, and a signature by another key under a known kid', async () => {
    for (const claims of [{ iss: 'https://elsewhere.test' }, { aud: 'another-application' }, { aud: undefined }]) {
      const refused = await call(providerToken(rsa1, claims)).expect(401);
      expect(refused.body.code).toBe('TOKEN_INVALID');
    }
    await call(providerToken(signingKey('rsa-1', 'RS256'))).expect(401);
  });

  it('holds the provider tokens to the same rules: iat required, TOKEN_MAX_HOURS, a known role', async () => {
    expect((await call(providerToken(rsa1, {}, { noTimestamp: true })).expect(401)).body.code).toBe('TOKEN_WITHOUT_ISSUED_AT');
    const now = Math.floor(Date.now() / 1000);
    expect((await call(providerToken(rsa1, { iat: now, exp: now + 13 * 3600 })).expect(401)).body.code).toBe('TOKEN_LIFETIME_TOO_LONG');
    await call(providerToken(rsa1, { role: 'offline_access' })).expect(401);
  });

  it('refuses HS256 tokens when only the provider is configured', async () => {
    const now = Math.floor(Date.now() / 1000);
    const hs256 = jwt.sign({ sub: 'x', role: 'adviser', iat: now, exp: now + 3600, iss: ISSUER, aud: AUDIENCE }, TEST_SECRET);
    const refused = await call(hs256).expect(401);
    expect(refused.body).toMatchObject({ code: 'TOKEN_ALGORITHM_REFUSED', detail: expect.stringMatching(/RS256, ES256/) });
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', role: 'adviser' })).toString('base64url')}.`;
    expect((await call(none).expect(401)).body.code).toBe('TOKEN_ALGORITHM_REFUSED');
  });

  it('follows a key rotation by fetching again on an unknown kid, and refuses a kid still unknown after it', async () => {
    jwks.publish([rsa2, ec1]);
    const before = jwks.fetches;
    await call(providerToken(rsa2)).expect(200);
    expect(jwks.fetches).toBe(before + 1);
    await call(providerToken(rsa2)).expect(200);
    expect(jwks.fetches).toBe(before + 1);
    // The key the provider withdrew is gone with the refetched set.
    await call(providerToken(rsa1)).expect(401);
    const unknown = await call(providerToken(rsa2, {}, { kid: 'never-published' })).expect(401);
    expect(unknown.body).toMatchObject({ code: 'TOKEN_INVALID', detail: expect.stringMatching(/kid/) });
    expect(jwks.fetches).toBe(before + 3);
  });

  it('answers 503 when the key set cannot be fetched: the token may be fine', async () => {
    jwks.fail();
    const unavailable = await call(providerToken(signingKey('rsa-3', 'RS256'))).expect(503);
    expect(unavailable.body.code).toBe('TOKEN_KEYS_UNAVAILABLE');
    expect(unavailable.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

describe('the key set cache', () => {
  it('does not fetch again for unknown kids within the cooldown, and accepts both HS256 and the provider when both are set', async () => {
    const jwks = await serveJwks([rsa1]);
    const verifier = new TokenVerifier({
      jwtSecret: TEST_SECRET,
      jwks: { url: jwks.url, issuer: ISSUER, audience: AUDIENCE, refetchCooldownSeconds: 30 },
    } as AppConfig);
    try {
      await expect(verifier.verify(providerToken(rsa1))).resolves.toMatchObject({ role: 'adviser' });
      for (const kid of ['random-1', 'random-2', 'random-3'])
        await expect(verifier.verify(providerToken(rsa1, {}, { kid }))).rejects.toThrow(/kid/);
      expect(jwks.fetches).toBe(1);
      const hs256 = jwt.sign({ sub: 'x', role: 'adviser' }, TEST_SECRET, { expiresIn: '1h' });
      await expect(verifier.verify(hs256)).resolves.toMatchObject({ sub: 'x' });
    } finally {
      await jwks.close();
    }
  });
});
