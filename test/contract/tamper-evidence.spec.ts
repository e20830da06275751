import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { anchorsMissingFromFile } from '../../src/shared/event-store/tamper-evidence/chain-breaks.js';
import { auditKey, canonicalEvent, type ChainedEvent, chainMac } from '../../src/shared/event-store/tamper-evidence/chain-mac.js';

const AUDIT_KEY = 'contract-audit-key-that-is-at-least-32-bytes';
const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c', causationId: 'c' };

/** A log of `count` events on real files, in a data folder with its anchor folder beside it. */
async function logOf(count: number) {
  const root = mkdtempSync(join(tmpdir(), 'daeb-tamper-'));
  const file = join(root, 'data', 'events.db');
  const anchorDir = join(root, 'anchors');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(root, 'data'));
  const open = () => new SqliteEventStore(file, undefined, { auditKey: AUDIT_KEY, anchorDir });
  const store = open();
  for (let n = 1; n <= count; n += 1)
    await store.append(
      `award-${n % 3}`,
      [{ id: `e-${n}`, type: 'AwardGranted', schemaVersion: 1, data: { amountCents: n * 100_00 }, metadata }],
      {
        expectedRevision: 'any',
      },
    );
  return { store, file, anchorDir, open };
}

/** What someone who can write the file does by hand, with their own idea of the MAC. */
function rewriteChain(db: Database.Database, mac: (previous: string, event: ChainedEvent) => string): void {
  let previous = '';
  const rows = db
    .prepare<[], ChainedEvent>(
      `SELECT position, id, stream, revision, type, schema_version AS schemaVersion, data, metadata, recorded_at AS recordedAt FROM events ORDER BY position`,
    )
    .all();
  for (const row of rows) {
    previous = mac(previous, row);
    db.prepare('UPDATE events SET mac = ? WHERE position = ?').run(previous, row.position);
  }
}

describe('tamper evidence on the SQLite store (real files)', () => {
  it('verifies an untouched log, with its last anchor', async () => {
    const { store } = await logOf(5);
    const anchor = await store.anchor('shutdown');
    const report = store.verifyChain();
    expect(report).toMatchObject({ valid: true, status: 'intact', checked: 6, intactUpTo: 6, lastAnchor: { position: 6, at: anchor!.at } });
    expect(report.summary).toBe(`intact up to position 6, last anchor 6 at ${anchor!.at}`);
    await store.close();
  });

  it('names the position of an event with one byte altered', async () => {
    const { store } = await logOf(6);
    // 400 euro becomes 900 euro: one digit of the stored JSON, nothing else.
    store.db.prepare(`UPDATE events SET data = replace(data, '40000', '90000') WHERE position = 4`).run();
    expect(store.verifyChain()).toMatchObject({
      valid: false,
      status: 'broken',
      checked: 3,
      intactUpTo: 3,
      firstBrokenPosition: 4,
      problem: { position: 4, code: 'altered' },
    });
    await store.close();
  });

  it('detects a chain recomputed as a plain SHA-256, as the old chain was', async () => {
    const { store } = await logOf(4);
    store.db.prepare(`UPDATE events SET data = replace(data, '20000', '90000') WHERE position = 2`).run();
    rewriteChain(store.db, (previous, event) =>
      createHash('sha256').update(previous).update('\n').update(canonicalEvent(event)).digest('hex'),
    );
    expect(store.verifyChain()).toMatchObject({ valid: false, firstBrokenPosition: 1, problem: { position: 1, code: 'forged' } });
    await store.close();
  });

  it('detects a chain recomputed with a wrong key', async () => {
    const { store } = await logOf(4);
    rewriteChain(store.db, (previous, event) => chainMac(auditKey('a-guessed-key-that-is-at-least-32-bytes'), previous, event));
    const report = store.verifyChain();
    expect(report).toMatchObject({ valid: false, problem: { position: 1, code: 'forged' } });
    expect(report.problem!.detail).toMatch(/not made with AUDIT_KEY/);
    await store.close();
  });

  it('detects the last 3 events deleted, through the anchor', async () => {
    const { store, open } = await logOf(7);
    const anchor = await store.anchor('shutdown');
    await store.close();
    const db = new Database((store.db as unknown as { name: string }).name);
    db.prepare('DELETE FROM events WHERE position > 5').run();
    db.close();
    const reopened = open();
    const report = reopened.verifyChain();
    expect(report).toMatchObject({ valid: false, intactUpTo: 5, firstBrokenPosition: 6, problem: { position: 6, code: 'truncated' } });
    expect(report.summary).toBe(
      `broken at position 6 (truncated): the log ends at position 5 but was anchored at position 8 at ${anchor!.at}: its tail was removed; intact up to position 5, last anchor 8 at ${anchor!.at}`,
    );
    await reopened.close();
  });

  it('sees a tail cut and written over again: a gap, or the anchored event replaced', async () => {
    const { store } = await logOf(4);
    await store.anchor('count');
    store.db.prepare('DELETE FROM events WHERE position > 3').run();
    await store.append('award-9', [{ id: 'after-cut', type: 'AwardGranted', schemaVersion: 1, data: {}, metadata }], {
      expectedRevision: 'any',
    });
    expect(store.verifyChain().problem).toMatchObject({
      position: 4,
      code: 'missing',
      detail: 'events 4 to 5 are missing from the log, including an anchored one',
    });
    // Whoever also resets the counter closes the gap, but the anchored position no longer holds the anchored event.
    store.db.prepare('DELETE FROM events WHERE position > 3').run();
    store.db.prepare(`UPDATE sqlite_sequence SET seq = 3 WHERE name = 'events'`).run();
    for (const id of ['x', 'y'])
      await store.append('award-9', [{ id, type: 'AwardGranted', schemaVersion: 1, data: {}, metadata }], { expectedRevision: 'any' });
    expect(store.verifyChain().problem).toMatchObject({ position: 5, code: 'anchor-mismatch' });
    await store.close();
  });

  it('detects an event missing in the middle, also with the rest renumbered', async () => {
    const { store } = await logOf(6);
    store.db.prepare('DELETE FROM events WHERE position = 3').run();
    expect(store.verifyChain()).toMatchObject({
      intactUpTo: 2,
      problem: { position: 3, code: 'missing', detail: 'event 3 is missing from the log' },
    });
    store.db.prepare('UPDATE events SET position = position - 1 WHERE position > 3').run();
    expect(store.verifyChain().problem).toMatchObject({ position: 3, code: 'forged' });
    await store.close();
  });

  it('detects an anchor line altered, and anchors cut from the file', async () => {
    const { store, anchorDir } = await logOf(2);
    await store.anchor('count');
    await store.append('s', [{ id: 'more', type: 'T', schemaVersion: 1, data: {}, metadata }], { expectedRevision: 'any' });
    await store.anchor('shutdown');
    const path = join(anchorDir, 'anchors.jsonl');
    const lines = readFileSync(path, 'utf8');
    writeFileSync(path, lines.replace('"position":3', '"position":2'));
    expect(store.verifyChain().problem).toMatchObject({ position: 2, code: 'anchor-forged' });
    writeFileSync(path, lines.split('\n').slice(1).join('\n'));
    expect(store.verifyChain().problem).toMatchObject({ position: 3, code: 'anchor-missing' });
    expect(anchorsMissingFromFile([3, 5], [])).toHaveLength(1);
    await store.close();
  });

  it('passes over an acknowledged break only when the acknowledgement itself verifies', async () => {
    const acknowledgement = { position: 2, code: 'altered', reason: 'INC-1' };
    const forged = await logOf(4);
    forged.store.db.prepare(`UPDATE events SET data = replace(data, '20000', '90000') WHERE position = 2`).run();
    // Someone without the key turns the next event into an acknowledgement: it acknowledges nothing.
    forged.store.db
      .prepare(`UPDATE events SET stream = 'audit-integrity', type = 'IntegrityBreakAcknowledged', data = ? WHERE position = 3`)
      .run(JSON.stringify(acknowledgement));
    expect(forged.store.verifyChain()).toMatchObject({ status: 'broken', problem: { position: 2 }, acknowledged: [] });
    await forged.store.close();

    const { store } = await logOf(4);
    store.db.prepare(`UPDATE events SET data = replace(data, '20000', '90000') WHERE position = 2`).run();
    await store.append(
      'audit-integrity',
      [{ id: 'ack', type: 'IntegrityBreakAcknowledged', schemaVersion: 1, data: acknowledgement, metadata }],
      {
        expectedRevision: 'any',
      },
    );
    expect(store.verifyChain()).toMatchObject({
      valid: false,
      status: 'acknowledged',
      checked: 5,
      firstBrokenPosition: 2,
      problem: null,
      acknowledged: [{ position: 2, code: 'altered' }],
    });
    // An event appended, then altered, after the acknowledgement is a new break.
    await store.append('s', [{ id: 'late', type: 'T', schemaVersion: 1, data: { n: 6 }, metadata }], { expectedRevision: 'any' });
    store.db.prepare(`UPDATE events SET data = '{"n":7}' WHERE position = 6`).run();
    expect(store.verifyChain()).toMatchObject({
      status: 'broken',
      problem: { position: 6, code: 'altered' },
      acknowledged: [{ position: 2 }],
    });
    // One altered between the break and its acknowledgement is the break to acknowledge next, before the walk can vouch for the first.
    store.db.prepare(`UPDATE events SET data = replace(data, '40000', '90000') WHERE position = 4`).run();
    expect(store.verifyChain()).toMatchObject({ status: 'broken', problem: { position: 4 }, acknowledged: [{ position: 2 }] });
    await store.append(
      'audit-integrity',
      [
        {
          id: 'ack-4',
          type: 'IntegrityBreakAcknowledged',
          schemaVersion: 1,
          data: { ...acknowledgement, position: 4 },
          metadata,
        },
      ],
      {
        expectedRevision: 'any',
      },
    );
    expect(store.verifyChain()).toMatchObject({
      status: 'broken',
      problem: { position: 6 },
      acknowledged: [{ position: 2 }, { position: 4 }],
    });
    await store.close();
  });

  it('sees a tail cut while running in the cheap check /health makes', async () => {
    const { store } = await logOf(5);
    await store.anchor('interval');
    expect(store.verifyTail().status).toBe('intact');
    await store.append('s', [{ id: 'late', type: 'T', schemaVersion: 1, data: {}, metadata }], { expectedRevision: 'any' });
    expect(store.verifyTail()).toMatchObject({ status: 'intact', checked: 7 });
    store.db.prepare('DELETE FROM events WHERE position > 4').run();
    expect(store.verifyTail()).toMatchObject({ status: 'broken', problem: { position: 5, code: 'truncated' } });
    await store.close();
  });

  it('walks a long tail a part at a time; an anchor beyond the part walked is not yet a cut', async () => {
    const { store } = await logOf(3);
    expect(store.verifyTail().status).toBe('intact');
    for (let n = 0; n < 9; n += 1) {
      await store.append('s', [{ id: `tail-${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata }], { expectedRevision: 'any' });
    }
    await store.anchor('count'); // position 13
    expect(store.verifyTail(4)).toMatchObject({ status: 'intact', checked: 7, intactUpTo: 7 });
    expect(store.verifyTail(4)).toMatchObject({ status: 'intact', checked: 11, intactUpTo: 11 });
    expect(store.verifyTail(4)).toMatchObject({ status: 'intact', checked: 13, intactUpTo: 13 });
    expect(store.verifyTail(4)).toMatchObject({ status: 'intact', checked: 13 });
    await store.close();
  });

  it('finds, a part at a time, an event altered far into a long tail, and a tail cut below an anchor', async () => {
    const { store } = await logOf(3);
    await store.anchor('count'); // position 4
    expect(store.verifyTail().status).toBe('intact');
    for (let n = 0; n < 9; n += 1) {
      await store.append('s', [{ id: `tail-${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata }], { expectedRevision: 'any' });
    }
    await store.anchor('count'); // position 14
    store.db.prepare(`UPDATE events SET data = '{"n":99}' WHERE position = 11`).run();
    expect(store.verifyTail(4)).toMatchObject({ status: 'intact', intactUpTo: 8 });
    expect(store.verifyTail(4)).toMatchObject({ status: 'broken', problem: { position: 11, code: 'altered' } });

    const cut = await logOf(3);
    await cut.store.anchor('count');
    expect(cut.store.verifyTail().status).toBe('intact');
    for (let n = 0; n < 9; n += 1) {
      await cut.store.append('s', [{ id: `tail-${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata }], { expectedRevision: 'any' });
    }
    await cut.store.anchor('count'); // position 14
    cut.store.db.prepare('DELETE FROM events WHERE position > 6').run();
    // The head (6) is within one part: the anchor at 14 is due, and the log ends below it.
    expect(cut.store.verifyTail(4)).toMatchObject({ status: 'broken', problem: { code: 'truncated' } });
    await Promise.all([store.close(), cut.store.close()]);
  });
});

describe('a log written before AUDIT_KEY', () => {
  const legacySchema = `CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
    revision INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream, revision))`;
  function legacyLog(alterSecond: boolean): string {
    const file = join(mkdtempSync(join(tmpdir(), 'daeb-legacy-')), 'events.db');
    const db = new Database(file);
    db.exec(legacySchema);
    let hash = '';
    for (const n of [1, 2, 3]) {
      const row = [`e-${n}`, 's', n - 1, 'T', 1, `{"n":${n}}`, '{}', '2016-01-01T00:00:00.000Z'] as const;
      hash = createHash('sha256').update(hash).update('\u001e').update(row.join('\u001f')).digest('hex');
      db.prepare(
        'INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, recorded_at, hash) VALUES (?,?,?,?,?,?,?,?,?)',
      ).run(...row, hash);
    }
    if (alterSecond) db.prepare(`UPDATE events SET data = '{"n":20}' WHERE position = 2`).run();
    db.close();
    return file;
  }

  it('is sealed with the key once its old chain checks out', async () => {
    const store = new SqliteEventStore(legacyLog(false), undefined, { auditKey: AUDIT_KEY });
    expect(store.verifyChain()).toMatchObject({ status: 'intact', checked: 3 });
    await store.append('s', [{ id: 'e-4', type: 'T', schemaVersion: 1, data: {}, metadata }], { expectedRevision: 2 });
    expect(store.verifyChain()).toMatchObject({ status: 'intact', checked: 4 });
    await store.close();
  });

  it('is refused, not laundered, when its old chain is already broken', () => {
    expect(() => new SqliteEventStore(legacyLog(true), undefined, { auditKey: AUDIT_KEY })).toThrow(/breaks at position 2/);
  });
});
