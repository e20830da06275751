import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock.js';

const lockFrom = (dataDir: string) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import Database from 'better-sqlite3'; const db = new Database(${JSON.stringify(join(dataDir, 'instance.lock'))}); db.pragma('busy_timeout = 0'); try { db.exec('BEGIN EXCLUSIVE'); process.stdout.write('locked'); } catch { process.stdout.write('refused'); }`,
    ],
    { encoding: 'utf8' },
  ).stdout;

describe('DATA_DIR lock', () => {
  it('refuses a second process while the first holds it, and frees it when released', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'daeb-lock-'));
    const lock = lockDataDir(dataDir);
    expect(lockFrom(dataDir)).toBe('refused');
    lock.release();
    expect(lockFrom(dataDir)).toBe('locked');
  });
});
