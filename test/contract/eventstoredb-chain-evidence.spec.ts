import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamAnchorFile } from '../../src/shared/event-store/eventstoredb/stream-anchor-file.js';
import { StreamChainEvidence } from '../../src/shared/event-store/eventstoredb/stream-chain-evidence.js';
import { auditKey } from '../../src/shared/event-store/tamper-evidence/chain-mac.js';
import { INTEGRITY_BREAK_ACKNOWLEDGED, INTEGRITY_STREAM } from '../../src/shared/domain/log-events.js';
import { AnchorSchedule } from '../../src/platform/integrity/anchor-schedule.js';
import { IntegrityMonitor } from '../../src/platform/integrity/integrity-monitor.js';
import { newEvent, RecordedLog } from '../support/esdb-recorded-log.js';
import { TEST_AUDIT_KEY } from '../support/test-app.js';

const key = auditKey(TEST_AUDIT_KEY);

function opened() {
  const log = new RecordedLog(key);
  const file = new StreamAnchorFile(mkdtempSync(join(tmpdir(), 'daeb-esdb-anchors-')), key);
  const evidence = new StreamChainEvidence(log.source(), key, file);
  for (const n of [1, 2, 3]) log.append(`award-${n}`, [newEvent('LotAwarded', { lot: n, amountCents: n * 10_000 })], 'no-stream');
  return { log, file, evidence };
}

describe('tamper evidence on EventStoreDB (recorded read results, a real anchor file)', () => {
  it('reports intact up to the head with the last anchor, as on SQLite', async () => {
    const { log, evidence } = opened();
    const anchor = await evidence.anchor('count');
    expect(anchor).toMatchObject({ position: log.positionOf(3), count: 4, reason: 'count' });
    log.append('award-1', [newEvent('AwardConfirmed')], 0);
    const report = await evidence.verifyChain();
    expect(report).toMatchObject({ valid: true, status: 'intact', checked: 5, intactUpTo: log.positionOf(4), problem: null });
    expect(report.lastAnchor).toEqual({ position: anchor!.position, at: anchor!.at });
    expect(report.summary).toBe(`intact up to position ${log.positionOf(4)}, last anchor ${anchor!.position} at ${anchor!.at}`);
  });

  it('checks only the tail between full walks, and walks again when the last event walked changed', async () => {
    const { log, evidence } = opened();
    await evidence.verifyChain();
    log.append('award-2', [newEvent('AwardConfirmed')], 0);
    expect(await evidence.verifyTail()).toMatchObject({ status: 'intact', checked: 4 });
    (log.records[3].data as Record<string, unknown>).forged = true;
    (log.records[3].metadata as { mac: string }).mac = 'f'.repeat(64);
    expect(await evidence.verifyTail()).toMatchObject({ status: 'broken', problem: { position: log.positionOf(3), code: 'altered' } });
  });

  it('finds a cut tail and a deleted stream behind the anchor, and a forged anchor line', async () => {
    const cut = opened();
    await cut.evidence.anchor('interval');
    cut.log.records.splice(2);
    expect(await cut.evidence.verifyChain()).toMatchObject({ status: 'broken', problem: { code: 'truncated' }, checked: 2 });

    const deleted = opened();
    await deleted.evidence.anchor('interval');
    deleted.log.records = deleted.log.records.filter((r) => r.streamId !== 'award-2');
    expect(await deleted.evidence.verifyChain()).toMatchObject({ status: 'broken', problem: { code: 'missing' } });

    const forged = opened();
    await forged.evidence.anchor('interval');
    const line = JSON.parse(readFileSync(forged.file.path, 'utf8')) as { count: number };
    writeFileSync(forged.file.path, `${JSON.stringify({ ...line, count: line.count - 1 })}\n`);
    expect(await forged.evidence.verifyChain()).toMatchObject({ status: 'broken', problem: { code: 'anchor-forged' } });
  });

  it('passes a break an operator acknowledged in the log, and not one acknowledged by a forged event', async () => {
    const { log, evidence } = opened();
    (log.records[1].data as Record<string, unknown>).lot = 9;
    const { problem } = await evidence.verifyChain();
    const acknowledgement = newEvent(INTEGRITY_BREAK_ACKNOWLEDGED, { position: problem!.position, code: problem!.code, reason: 'INC-1' });
    log.append(INTEGRITY_STREAM, [acknowledgement], 'no-stream');
    expect(await evidence.verifyChain()).toMatchObject({
      status: 'acknowledged',
      valid: false,
      problem: null,
      acknowledged: [{ position: log.positionOf(1), code: 'altered' }],
      firstBrokenPosition: log.positionOf(1),
      checked: 4,
    });

    (log.records[3].metadata as { mac: string }).mac = '0'.repeat(64);
    expect(await evidence.verifyChain()).toMatchObject({ status: 'broken', problem: { position: log.positionOf(1) }, acknowledged: [] });
  });

  it('drives the integrity monitor that /health and /audit/integrity read', async () => {
    const { log, evidence } = opened();
    const monitor = new IntegrityMonitor(evidence);
    expect((await monitor.checkAtStart()).status).toBe('intact');
    log.append('award-1', [newEvent('AwardAmended'), newEvent('AwardConfirmed')], 0);
    log.records.splice(3, 1);
    expect(await monitor.current()).toMatchObject({ status: 'broken', problem: { position: log.positionOf(3), code: 'missing' } });
    log.append('award-2', [newEvent('AwardConfirmed')]);
    expect(await monitor.current()).toMatchObject({ status: 'broken', problem: { position: log.positionOf(3) } });
  });

  it('is anchored by the schedule once enough events were appended since the last anchor', async () => {
    const { log, evidence } = opened();
    await evidence.verifyChain();
    const schedule = new AnchorSchedule(evidence, { everyEvents: 3, everyMs: 60_000 });
    schedule.start();
    const append = (n: number) => {
      log.append(`payment-${n}`, [newEvent('PaymentRecorded')], 'no-stream');
      evidence.appended(1); // as the adapter's append does
    };
    const settled = () => new Promise((r) => setTimeout(r, 20));
    append(1);
    await settled();
    expect(evidence.lastAnchor()).toMatchObject({ reason: 'count', count: 5, position: log.positionOf(4) });
    append(2);
    await settled();
    expect(evidence.lastAnchor()?.count).toBe(5);
    append(3);
    append(4);
    await settled();
    expect(evidence.lastAnchor()).toMatchObject({ reason: 'count', count: 9 });
    await schedule.stop();
    expect(evidence.lastAnchor()?.count).toBe(9);
    expect(await evidence.verifyChain()).toMatchObject({ status: 'intact', checked: 9 });
  });
});
