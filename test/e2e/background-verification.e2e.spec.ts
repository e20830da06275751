import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAnchorDir } from '../../src/config/config.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { auditKey } from '../../src/shared/event-store/tamper-evidence/chain-mac.js';
import type { canWalkInThread, walkInThread } from '../../src/shared/event-store/tamper-evidence/chain-walk-thread.js';
import { E2E_AUDIT_KEY, startBuiltService } from '../support/built-service.js';
import { until } from '../projections/until.js';

const EVENTS = 20_000;
const COMPILED_THREAD = '../../dist/src/shared/event-store/tamper-evidence/chain-walk-thread.js';
const secret = 'e2e-secret-that-is-at-least-32-characters';

/** More events than one slice (1 000 by default): the built service walks them in its worker thread. */
async function longLog(): Promise<string> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'daeb-e2e-verify-')), 'data');
  mkdirSync(dataDir);
  const store = new SqliteEventStore(join(dataDir, 'events.db'), undefined, {
    auditKey: E2E_AUDIT_KEY,
    anchorDir: defaultAnchorDir(dataDir),
  });
  const metadata = { actor: 'spec', role: 'system', correlationId: 'history', causationId: 'history' };
  for (let from = 0; from < EVENTS; from += 1_000) {
    const events = Array.from({ length: 1_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`,
      type: 'HistoryNoted',
      schemaVersion: 1,
      data: { n: from + i },
      metadata,
    }));
    await store.append(`history-${from}`, events, { expectedRevision: 'no-stream' });
  }
  await store.close();
  return dataDir;
}

/** The answers of /health from the start until the check begun at start has ended (polled with a deadline). */
async function healthUntilVerified(dataDir: string) {
  const service = await startBuiltService({ NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: dataDir, DEMO_DATA: 'false' });
  const seen: { code: number; integrity: string }[] = [];
  try {
    await until(async () => {
      const answer = await fetch(`${service.base}/health`);
      const { integrity } = (await answer.json()) as { integrity: string };
      seen.push({ code: answer.status, integrity });
      return integrity !== 'verifying';
    }, 60_000);
  } finally {
    service.child.kill('SIGTERM');
    await new Promise((resolve) => service.child.once('exit', resolve));
  }
  return seen;
}

describe('the built service verifies a long log in its worker thread', () => {
  it('walks the chain in the compiled worker, on its own read-only connection, and stops at an altered event', async () => {
    const dataDir = await longLog();
    const thread = (await import(COMPILED_THREAD)) as { canWalkInThread: typeof canWalkInThread; walkInThread: typeof walkInThread };
    expect(thread.canWalkInThread()).toBe(true);
    const progress: number[] = [];
    const keyed = { key: auditKey(E2E_AUDIT_KEY), anchors: [], acknowledgements: new Map<string, number[]>() };
    const job = { file: join(dataDir, 'events.db'), head: EVENTS, progressEvery: 5_000, from: { position: 0, mac: '' } };
    const walk = await thread.walkInThread({ ...job, ...keyed }, (checked) => progress.push(checked), new AbortController().signal);
    expect(walk).toMatchObject({ checked: EVENTS, last: { position: EVENTS }, stoppedAt: null });
    expect(progress).toEqual([5_000, 10_000, 15_000, 20_000]);

    const db = new Database(join(dataDir, 'events.db'));
    db.prepare(`UPDATE events SET data = '{"n":1}' WHERE position = ?`).run(EVENTS / 2);
    db.close();
    const altered = await thread.walkInThread({ ...job, ...keyed }, () => undefined, new AbortController().signal);
    expect(altered).toMatchObject({ checked: EVENTS / 2 - 1, stoppedAt: { position: EVENTS / 2, code: 'altered' } });
  });

  it('answers 200 while verifying and ends intact', async () => {
    const seen = await healthUntilVerified(await longLog());
    expect(seen.slice(0, -1).every(({ code, integrity }) => code === 200 && integrity === 'verifying')).toBe(true);
    expect(seen.at(-1)).toEqual({ code: 200, integrity: 'intact' });
  });
});
