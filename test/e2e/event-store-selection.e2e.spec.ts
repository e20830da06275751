import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runUntilExit } from '../support/built-service.js';

describe('EVENT_STORE=eventstoredb with no server answering', () => {
  it('stops the start within 10 s with a message naming EVENTSTORE_URL and no password', async () => {
    const closedPort = await freePort();
    const started = Date.now();
    const { code, output } = await runUntilExit({
      NODE_ENV: 'production',
      JWT_SECRET: 'e2e-jwt-secret-that-is-at-least-32-characters',
      DEMO_DATA: 'false',
      DATA_DIR: join(mkdtempSync(join(tmpdir(), 'daeb-esdb-down-')), 'data'),
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_URL: `esdb://admin:secret-password@127.0.0.1:${closedPort}?tls=false`,
    });
    const elapsed = Date.now() - started;
    expect(code).not.toBe(0);
    expect(output).toMatch(/Cannot start: EVENTSTORE_URL esdb:\/\/\*\*\*@127\.0\.0\.1:\d+\?tls=false does not answer/);
    expect(output).not.toContain('secret-password');
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);

  it('stops at once naming EVENTSTORE_URL when it is missing', async () => {
    const { code, output } = await runUntilExit({
      EVENT_STORE: 'eventstoredb',
      DATA_DIR: join(mkdtempSync(join(tmpdir(), 'daeb-esdb-')), 'data'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('EVENTSTORE_URL is required when EVENT_STORE=eventstoredb');
  }, 30_000);
});
