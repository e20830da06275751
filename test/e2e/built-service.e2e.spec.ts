import { JwtService } from '@nestjs/jwt';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runUntilExit, startBuiltService } from '../support/built-service.js';

const secret = 'e2e-secret-that-is-at-least-32-characters';
const token = (role: string) => `Bearer ${new JwtService({ secret, signOptions: { expiresIn: '1h' } }).sign({ sub: 'e2e', role })}`;
const env = (dataDir: string, demo = 'true') => ({ NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: dataDir, DEMO_DATA: demo });

describe('the built service (node dist/src/main.js)', () => {
  it('loads the demo data on first start, so the indicators show figures', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'daeb-e2e-'));
    const service = await startBuiltService(env(dataDir));
    try {
      const year = new Date().getFullYear() - 1; // the demo covers the three complete years before this one
      const head = (await (await fetch(`${service.base}/health`)).json()).log.head;
      const response = await fetch(`${service.base}/indicators/${year}?consistentWith=${head}`, {
        headers: { authorization: token('management') },
      });
      const body = await response.json();
      expect(response.status).toBe(200);
      expect(body.indicators.DP23.value).toBeGreaterThan(0);
      expect(body.indicators.DP24.value).toBe(5);
      expect(body.indicators['DP24.notGranted'].value).toBe(1);
      const docs = await fetch(`${service.base}/docs-json`);
      expect((await docs.json()).paths['/outsourcings/{id}/awards']).toBeDefined();
    } finally {
      service.child.kill('SIGTERM');
    }
  });

  it('keeps an acknowledged write after kill -9, and does not seed a log that has events', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'daeb-e2e-'));
    const first = await startBuiltService(env(dataDir, 'false'));
    const written = await fetch(`${first.base}/mandate-holders`, {
      method: 'POST',
      headers: { authorization: token('adviser'), 'content-type': 'application/json' },
      body: JSON.stringify({ enterpriseNumber: '0123.456.749', name: 'Syntra', email: 'a@b.test', basis: 'experience' }),
    });
    expect(written.status).toBe(201);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startBuiltService(env(dataDir, 'true'));
    try {
      const health = await (await fetch(`${second.base}/health`)).json();
      expect(health.log.head).toBe(1);
      const read = await fetch(`${second.base}/mandate-holders/0123.456.749?consistentWith=1`, {
        headers: { authorization: token('inspector') },
      });
      expect(read.status).toBe(200);
      expect((await read.json()).name).toBe('Syntra');
    } finally {
      second.child.kill('SIGTERM');
    }
  });

  it('refuses to start in production without JWT_SECRET, naming it', async () => {
    const { code, output } = await runUntilExit({
      NODE_ENV: 'production',
      JWT_SECRET: '',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'daeb-e2e-')),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/JWT_SECRET/);
  });
});
