import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the workspace shell and its assets over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the same shell for every /app address, locked to its own origin, so that each page can be bookmarked', async () => {
    for (const path of [
      '/app',
      '/app/calls',
      '/app/calls/new',
      '/app/calls/1b2c',
      '/app/holders/0123.456.749',
      '/app/history?kind=call&id=x',
    ]) {
      const page = await t.http.get(path).expect(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.text).toContain('<script type="module" src="/app/assets/app.js"></script>');
    }
  });

  it('serves its scripts and styles, page scripts one folder down, and answers 304 to a known ETag', async () => {
    const app = await t.http.get('/app/assets/app.js').expect(200);
    expect(app.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await t.http.get('/app/assets/workspace.css').expect(200)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await t.http.get('/app/assets/pages/call.js').expect(200)).text).toContain('export async function callPage');
    await t.http.get('/app/assets/app.js').set('if-none-match', app.headers.etag).expect(304);
  });

  it('names nothing outside public/workspace', async () => {
    await t.http.get('/app/assets/..%2F..%2Fpackage.json').expect(404);
    await t.http.get('/app/assets/.hidden.js').expect(404);
    await t.http.get('/app/assets/vendor/chart.umd.js').expect(404);
    await t.http.get('/app/assets/pages/..%2Fapp.js').expect(404);
    await t.http.get('/app/assets/missing.js').expect(404);
  });
});
