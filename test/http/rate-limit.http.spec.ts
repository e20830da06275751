import { startTestApp, type TestApp } from '../support/test-app.js';

const LIMIT = 5;

/** RATE_LIMIT_PER_MINUTE per token, and per address for callers without a valid token; /health stays open. */
describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ rateLimitPerMinute: LIMIT });
  });
  afterAll(() => t.close());

  const list = (auth: string) => t.http.get('/mandate-holders').set('authorization', auth);

  it('answers the n+1th request of a token with 429 problem+json and Retry-After, each token on its own', async () => {
    const ann = t.auth('adviser', { sub: 'ann' });
    for (let i = 0; i < LIMIT; i += 1) await list(ann).expect(200);
    const refused = await list(ann).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    await list(t.auth('inspector', { sub: 'ines' })).expect(200);
  });

  it('counts callers without a valid token by address, so made-up tokens gain nothing', async () => {
    const answers: number[] = [];
    for (let i = 0; i <= LIMIT; i += 1) answers.push((await list(`Bearer made-up-${i}`)).status);
    expect(answers).toEqual([...Array(LIMIT).fill(401), 429]);
    expect((await t.http.get('/mandate-holders')).status).toBe(429);
  });

  it('leaves /health reachable to a flooded address', async () => {
    for (let i = 0; i < LIMIT * 2; i += 1) await t.http.get('/health').expect(200);
  });
});
