import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the dashboard page and its assets over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the page without a token, locked to its own origin', async () => {
    const page = await t.http.get('/').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.text).toContain('<script type="module" src="/assets/main.js"></script>');
  });

  it('serves its scripts, styles and Chart.js with their types, and answers 304 to a known ETag', async () => {
    const script = await t.http.get('/assets/main.js').expect(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await t.http.get('/assets/dashboard.css').expect(200)).headers['content-type']).toBe('text/css; charset=utf-8');
    const chart = await t.http.get('/assets/vendor/chart.umd.js').expect(200);
    expect(chart.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(chart.text).toContain('Chart.js');
    await t.http.get('/assets/main.js').set('if-none-match', script.headers.etag).expect(304);
  });

  it('names nothing outside public/assets', async () => {
    await t.http.get('/assets/..%2Fpackage.json').expect(404);
    await t.http.get('/assets/.hidden.js').expect(404);
    await t.http.get('/assets/vendor/chart.js').expect(404);
    await t.http.get('/assets/missing.js').expect(404);
  });
});
