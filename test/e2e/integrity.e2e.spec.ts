import Database from 'better-sqlite3';
import { JwtService } from '@nestjs/jwt';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_AUDIT_KEY, runUntilExit, startBuiltService } from '../support/built-service.js';

const secret = 'e2e-secret-that-is-at-least-32-characters';
const token = `Bearer ${new JwtService({ secret, signOptions: { expiresIn: '1h' } }).sign({ sub: 'e2e', role: 'adviser' })}`;
const env = (dataDir: string) => ({ NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: dataDir, DEMO_DATA: 'false' });
const verify = (dataDir: string, auditKey = E2E_AUDIT_KEY) =>
  spawnSync(process.execPath, ['dist/src/audit/verify-integrity/verify-integrity.cli.js'], {
    env: { ...process.env, ...env(dataDir), AUDIT_KEY: auditKey },
    encoding: 'utf8',
  });

describe('tamper evidence of the built service', () => {
  it('refuses to start in production without AUDIT_KEY, naming it', async () => {
    const { code, output } = await runUntilExit({ ...env(mkdtempSync(join(tmpdir(), 'daeb-e2e-'))), AUDIT_KEY: '' });
    expect(code).toBe(1);
    expect(output).toMatch(/AUDIT_KEY/);
  });

  it('anchors at shutdown; npm run audit:verify finds the log intact, then its tail cut, then the wrong key', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'daeb-e2e-')), 'data');
    const service = await startBuiltService(env(dataDir));
    for (const [enterpriseNumber, name] of [
      ['0123.456.749', 'Syntra'],
      ['0202.239.951', 'Unizo'],
      ['0406.798.006', 'Vokans'],
    ]) {
      const written = await fetch(`${service.base}/mandate-holders`, {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: JSON.stringify({ enterpriseNumber, name, email: 'a@b.test', basis: 'experience' }),
      });
      expect(written.status).toBe(201);
    }
    service.child.kill('SIGTERM');
    await new Promise((resolve) => service.child.once('exit', resolve));

    const intact = verify(dataDir);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/^intact: intact up to position 4, last anchor 4 at /);

    const wrongKey = verify(dataDir, 'someone-elses-key-that-is-32-bytes-long');
    expect(wrongKey.status).toBe(2);
    expect(wrongKey.stdout).toMatch(/anchor line 1 is not signed with AUDIT_KEY|forged/);

    const db = new Database(join(dataDir, 'events.db'));
    db.prepare('DELETE FROM events WHERE position > 1').run();
    db.close();
    const cut = verify(dataDir);
    expect(cut.status).toBe(2);
    expect(cut.stdout).toMatch(/^broken: broken at position 2 \(truncated\)/);
  });
});
