import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAnchorDir } from '../../src/config/config.js';
import { startTestApp, TEST_AUDIT_KEY, TEST_SECRET } from '../support/test-app.js';

const SCRIPT = 'dist/scripts/migrate-stores.js';

/** Runs `npm run migrate:stores` as built, on the source DATA_DIR. */
function migrate(sourceDir: string, ...args: string[]) {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run "npm run build" first`);
  const env = { ...process.env, NODE_ENV: 'test', DATA_DIR: sourceDir, ANCHOR_DIR: defaultAnchorDir(sourceDir), AUDIT_KEY: TEST_AUDIT_KEY };
  const run = spawnSync(process.execPath, [SCRIPT, '--from', 'sqlite', ...args], {
    env: { ...env, JWT_SECRET: TEST_SECRET },
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

describe('npm run migrate:stores, SQLite to an empty SQLite DATA_DIR', () => {
  const sourceDir = mkdtempSync(join(tmpdir(), 'daeb-migrate-source-'));
  beforeAll(async () => {
    const app = await startTestApp({ dataDir: sourceDir, demoData: true });
    await app.close();
  }, 180_000);

  it('copies the log in order with ids, times and metadata, resumes after an interruption, and compares every indicator', () => {
    const targetDir = join(mkdtempSync(join(tmpdir(), 'daeb-migrate-target-')), 'data');
    const interrupted = migrate(sourceDir, '--to', 'sqlite', '--target-dir', targetDir, '--stop-after', '700');
    expect(interrupted.code).not.toBe(0);
    expect(interrupted.output).toContain('stopped after 700 events');

    const resumed = migrate(sourceDir, '--to', 'sqlite', '--target-dir', targetDir);
    expect(resumed.output).toContain('resuming the migration');
    expect(resumed.output).toContain('equals the source');
    expect(resumed.code).toBe(0);

    const logOf = (dir: string) =>
      rows(
        join(dir, 'events.db'),
        `SELECT id, stream, revision, type, schema_version, data, metadata, recorded_at FROM events
         WHERE stream NOT IN ('audit-anchors', 'audit-integrity') ORDER BY position`,
      );
    const source = logOf(sourceDir);
    expect(source.length).toBeGreaterThan(700);
    expect(logOf(targetDir)).toEqual(source);
    const people = (dir: string) => rows(join(dir, 'personal-data.db'), 'SELECT ref, ciphertext FROM sealed_persons ORDER BY ref');
    expect(people(targetDir)).toEqual(people(sourceDir));
  }, 300_000);

  it('refuses a target that is not empty', () => {
    const refused = migrate(sourceDir, '--to', 'sqlite', '--target-dir', sourceDir);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('--target-dir must not be DATA_DIR');
    const other = mkdtempSync(join(tmpdir(), 'daeb-migrate-full-'));
    const full = migrate(other, '--to', 'sqlite', '--target-dir', sourceDir);
    expect(full.code).not.toBe(0);
    expect(full.output).toContain('the target is not empty');
  }, 120_000);
});
