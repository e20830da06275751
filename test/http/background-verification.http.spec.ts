import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAnchorDir } from '../../src/config/config.js';
import { EVENT_STORE, type EventStore } from '../../src/shared/event-store/event-store.port.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { grantHolders } from '../support/outsourcing-requests.js';
import { startTestApp, TEST_AUDIT_KEY, type TestApp } from '../support/test-app.js';
import { until } from '../projections/until.js';

const EVENTS = 20_000;

interface Health {
  readonly status: string;
  readonly integrity: string;
  readonly verification: { readonly checked: number | null; readonly of: number | null } | null;
  readonly log: { readonly head: number | null; readonly intactUpTo: number | null };
}

/**
 * A log of EVENTS events no context reads, as a long history looks to the verifier. The start-up check
 * verifies one event per turn of the event loop here, so it needs EVENTS turns: far more than starting
 * and answering one request take, however slow the machine.
 */
async function longLog(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'daeb-background-verify-'));
  const store = new SqliteEventStore(join(dataDir, 'events.db'), undefined, {
    auditKey: TEST_AUDIT_KEY,
    anchorDir: defaultAnchorDir(dataDir),
  });
  const metadata = { actor: 'spec', role: 'system', correlationId: 'history', causationId: 'history' };
  for (let batch = 0; batch < EVENTS / 1_000; batch++) {
    const events = Array.from({ length: 1_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(batch * 1_000 + i).padStart(12, '0')}`,
      type: 'HistoryNoted',
      schemaVersion: 1,
      data: { n: batch * 1_000 + i },
      metadata,
    }));
    await store.append(`history-${batch}`, events, { expectedRevision: 'no-stream' });
  }
  await store.close();
  return dataDir;
}

function copyOf(dataDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'daeb-background-verify-'));
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

const health = async (t: TestApp) => {
  const answer = await t.http.get('/health');
  return { code: answer.status, body: answer.body as Health };
};

/** Polls /health (with a deadline) until the start-up check has ended; returns the first answer after it. */
async function afterVerification(t: TestApp) {
  let last = await health(t);
  await until(async () => (last = await health(t)).body.integrity !== 'verifying', 60_000);
  return last;
}

describe('the log verified in the background at start', () => {
  let history: string;
  let t: TestApp;
  beforeAll(async () => {
    history = await longLog();
  });
  afterEach(() => t.close());

  it('answers at once with 200 "verifying" and how far, takes writes meanwhile, and ends "intact" up to the head', async () => {
    t = await startTestApp({ dataDir: copyOf(history), config: { integritySliceEvents: 1 } });

    const first = await health(t);
    expect(first.code).toBe(200);
    expect(first.body).toMatchObject({ status: 'verifying', integrity: 'verifying', verification: { of: EVENTS } });
    expect(first.body.verification?.checked).toBeLessThan(EVENTS);
    await grantHolders(t, 'syntra');

    const ended = await afterVerification(t);
    expect(ended).toMatchObject({ code: 200, body: { status: 'ok', integrity: 'intact', verification: null } });
    const head = ended.body.log.head;
    expect(head).toBeGreaterThan(EVENTS);
    // The grant was appended after the head the check began at: the tail check took it over.
    const report = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(report.body).toMatchObject({ status: 'intact', intactUpTo: head });
  });

  it('ends "broken" with 503 for a log altered in the middle, found after the service already answered', async () => {
    const altered = copyOf(history);
    const db = new Database(join(altered, 'events.db'));
    db.prepare(`UPDATE events SET data = '{"n":1}' WHERE position = ?`).run(EVENTS / 2);
    db.close();
    t = await startTestApp({ dataDir: altered, config: { integritySliceEvents: 1 } });

    expect(await health(t)).toMatchObject({ code: 200, body: { integrity: 'verifying' } });
    const ended = await afterVerification(t);
    expect(ended).toMatchObject({ code: 503, body: { status: 'broken', integrity: 'broken', verification: null } });
    const report = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(report.body).toMatchObject({ status: 'broken', intactUpTo: EVENTS / 2 - 1, problem: { position: EVENTS / 2, code: 'altered' } });
  });

  it('verifies a log shorter than one slice before it listens', async () => {
    t = await startTestApp({ dataDir: copyOf(history), config: { integritySliceEvents: EVENTS + 1 } });
    expect(await health(t)).toMatchObject({ code: 200, body: { integrity: 'intact', verification: null } });
  });
});

describe('a long tail appended while running (a large import) checked by /health', () => {
  const SLICE = 50;
  let t: TestApp;
  afterEach(() => t.close());

  /** `count` events in one append, as an import writes them; the head before them. */
  async function appendTail(count: number): Promise<number> {
    const store = t.app.get<symbol, EventStore>(EVENT_STORE);
    // The tail before it is verified first, so that the next /health walks this append from its first event.
    await health(t);
    const before = Number((await store.headPosition()) ?? 0);
    const metadata = { actor: 'spec', role: 'system', correlationId: 'tail', causationId: 'tail' };
    const events = Array.from({ length: count }, (_, n) => ({
      id: randomUUID(),
      type: 'HistoryNoted',
      schemaVersion: 1,
      data: { n },
      metadata,
    }));
    await store.append(`tail-${randomUUID()}`, events, { expectedRevision: 'no-stream' });
    return before;
  }

  it('answers after one slice, intact up to less than the head, and walks the rest between requests', async () => {
    t = await startTestApp({ config: { integritySliceEvents: SLICE } });
    await afterVerification(t);
    const before = await appendTail(1_000);

    const first = await health(t);
    expect(first).toMatchObject({ code: 200, body: { status: 'ok', integrity: 'intact' } });
    const head = first.body.log.head as number;
    expect(head).toBeGreaterThanOrEqual(before + 1_000);
    expect(first.body.log.intactUpTo).toBe(before + SLICE);
    await until(async () => (await health(t)).body.log.intactUpTo === head, 10_000);
  });

  it('finds an event altered far into the tail without another request, and answers 503', async () => {
    t = await startTestApp({ config: { integritySliceEvents: SLICE } });
    await afterVerification(t);
    const altered = (await appendTail(1_000)) + 990;
    const db = new Database(join(t.dataDir, 'events.db'));
    db.prepare(`UPDATE events SET data = '{"n":-1}' WHERE position = ?`).run(altered);
    db.close();

    expect(await health(t)).toMatchObject({ code: 200, body: { integrity: 'intact' } });
    // The walk goes on after that answer: the next request is already told, whenever it comes.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await health(t)).toMatchObject({ code: 503, body: { integrity: 'broken', log: { intactUpTo: altered - 1 } } });
  });
});
