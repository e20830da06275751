import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runUntilExit } from '../support/built-service.js';

describe('READ_STORE=mongodb with no server answering', () => {
  it('stops the start within 10 s with a message naming MONGODB_URL and no password', async () => {
    const closedPort = await freePort();
    const started = Date.now();
    const { code, output } = await runUntilExit({
      NODE_ENV: 'production',
      JWT_SECRET: 'e2e-jwt-secret-that-is-at-least-32-characters',
      DEMO_DATA: 'false',
      DATA_DIR: join(mkdtempSync(join(tmpdir(), 'daeb-mongo-down-')), 'data'),
      READ_STORE: 'mongodb',
      MONGODB_URL: `mongodb://admin:secret-password@127.0.0.1:${closedPort}/daeb?replicaSet=rs0&directConnection=true`,
    });
    const elapsed = Date.now() - started;
    expect(code).not.toBe(0);
    expect(output).toMatch(/Cannot start: MONGODB_URL mongodb:\/\/\*\*\*@127\.0\.0\.1:\d+\/daeb\S* does not answer/);
    expect(output).not.toContain('secret-password');
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);

  it('stops at once naming MONGODB_URL when it is missing', async () => {
    const { code, output } = await runUntilExit({
      READ_STORE: 'mongodb',
      DATA_DIR: join(mkdtempSync(join(tmpdir(), 'daeb-mongo-')), 'data'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('MONGODB_URL is required when READ_STORE=mongodb');
  }, 30_000);
});
