import { chainRecordOf } from '../../src/shared/event-store/eventstoredb/esdb-chain-records.js';
import type { StreamAnchor } from '../../src/shared/event-store/eventstoredb/stream-chain-breaks.js';
import { StreamChainWalker } from '../../src/shared/event-store/eventstoredb/stream-chain-walker.js';
import { auditKey } from '../../src/shared/event-store/tamper-evidence/chain-mac.js';
import { newEvent, RecordedLog } from '../support/esdb-recorded-log.js';
import { TEST_AUDIT_KEY } from '../support/test-app.js';

const key = auditKey(TEST_AUDIT_KEY);

/** Three aggregates' streams, interleaved in `$all` as concurrent commands leave them. */
function threeStreams(): RecordedLog {
  const log = new RecordedLog(key);
  log.append('award-a', [newEvent('LotAwarded', { lot: 1, amountCents: 125_000 })], 'no-stream');
  log.append('mandate-m', [newEvent('MandateGranted', { holder: 'h-1' })], 'no-stream');
  log.append('award-a', [newEvent('AwardAmended', { amountCents: 120_000 }), newEvent('AwardConfirmed')], 0);
  log.append('payment-p', [newEvent('PaymentScheduled', { amountCents: 60_000 })], 'no-stream');
  log.append('mandate-m', [newEvent('MandateSuspended', { reason: 'audit' })], 0);
  log.append('award-a', [newEvent('PaymentRecorded', { amountCents: 60_000 })], 2);
  return log;
}

function walk(log: RecordedLog, anchors: readonly StreamAnchor[] = []) {
  const walker = new StreamChainWalker(key, anchors, new Map());
  for (const record of log.records.map(chainRecordOf)) if (!walker.feed(record)) break;
  walker.end();
  return walker.result();
}

/** The anchor an honest service would have signed after the first `events` records. */
function anchorAfter(log: RecordedLog, events: number): StreamAnchor {
  const walker = new StreamChainWalker(key, [], new Map());
  for (const record of log.records.slice(0, events).map(chainRecordOf)) walker.step(record);
  const { position, count, heads } = walker.state();
  return { position: position!, count, heads, at: '2026-11-27T09:00:00.000Z', reason: 'count' };
}

describe('the per-stream chain walk over EventStoreDB read results', () => {
  it('verifies every event of every stream against its predecessor in the stream', () => {
    const log = threeStreams();
    expect(walk(log, [anchorAfter(log, 5)])).toMatchObject({ checked: 7, last: log.positionOf(6), stoppedAt: null, passed: [] });
  });

  it('names the stream, revision and position of an event whose data was changed', () => {
    const log = threeStreams();
    (log.records[2].data as { amountCents: number }).amountCents = 1_200_000;
    expect(walk(log)).toMatchObject({
      checked: 2,
      last: log.positionOf(1),
      stoppedAt: { position: log.positionOf(2), code: 'altered', detail: expect.stringContaining('stream award-a revision 1') },
    });
  });

  it('finds an event removed from the middle of a stream at the next event of that stream', () => {
    const log = threeStreams();
    const next = log.positionOf(3);
    log.records.splice(2, 1);
    expect(walk(log).stoppedAt).toMatchObject({
      position: next,
      code: 'missing',
      detail: expect.stringContaining('revision 1 is missing from stream award-a'),
    });
  });

  it('finds two events of a stream swapped, whether their contents or their revisions were exchanged', () => {
    const swappedContents = threeStreams();
    const [first, second] = [swappedContents.records[2], swappedContents.records[3]];
    [first.data, second.data, first.metadata, second.metadata] = [second.data, first.data, second.metadata, first.metadata];
    // Each MAC was made with the key, but no longer follows its predecessor: which of the two codes the
    // walk names depends on what follows; the place is what matters.
    expect(walk(swappedContents).stoppedAt).toMatchObject({
      position: swappedContents.positionOf(2),
      code: expect.stringMatching(/^(altered|forged)$/),
    });

    const swappedOrder = threeStreams();
    [swappedOrder.records[2].revision, swappedOrder.records[3].revision] = [2n, 1n];
    expect(walk(swappedOrder).stoppedAt).toMatchObject({ position: swappedOrder.positionOf(2), code: 'missing' });
  });

  it("finds a stream's tail cut before the anchor, which no chain can see, through the anchor's count and heads", () => {
    const log = threeStreams();
    const anchor = anchorAfter(log, 5);
    log.records.splice(4, 1); // payment-p's only event: the stream is gone
    expect(walk(log, [anchor]).stoppedAt).toMatchObject({ position: anchor.position, code: 'missing' });
  });

  it('finds a deleted stream through the anchor', () => {
    const log = threeStreams();
    const anchor = anchorAfter(log, 7);
    log.records = log.records.filter((r) => r.streamId !== 'mandate-m');
    expect(walk(log, [anchor]).stoppedAt).toMatchObject({
      position: anchor.position,
      code: 'missing',
      detail: expect.stringContaining('2 event(s) fewer'),
    });
  });

  it('finds a log shorter than its last anchor', () => {
    const log = threeStreams();
    const anchor = anchorAfter(log, 7);
    log.records.splice(5);
    expect(walk(log, [anchor]).stoppedAt).toMatchObject({ position: anchor.position, code: 'truncated' });
    expect(walk(log, [anchor])).toMatchObject({ checked: 5, last: log.positionOf(4) });
  });

  it('finds the same number of events with another history behind the anchor', () => {
    const log = threeStreams();
    const anchor = anchorAfter(log, 7);
    expect(walk(log, [{ ...anchor, heads: anchorAfter(log, 6).heads }]).stoppedAt).toMatchObject({ code: 'anchor-mismatch' });
  });

  it('tells one altered event from a stream whose chain was recomputed with another key', () => {
    const log = threeStreams();
    const other = new RecordedLog(auditKey('somebody-elses-key-of-at-least-32-bytes'));
    for (const record of log.records.filter((r) => r.streamId === 'award-a')) {
      other.append('award-a', [
        {
          id: record.id,
          type: record.type,
          schemaVersion: 1,
          data: { ...(record.data as object), amountCents: 1 },
          metadata: { actor: 'ann', role: 'adviser', correlationId: 'r-1', causationId: 'c-1' },
        },
      ]);
    }
    const forgedStream = other.records.values();
    log.records = log.records.map((r) => (r.streamId === 'award-a' ? { ...forgedStream.next().value!, position: r.position } : r));
    expect(walk(log).stoppedAt).toMatchObject({
      position: log.positionOf(0),
      code: 'forged',
      detail: expect.stringContaining('stream award-a from revision 0'),
    });
    expect(walk(log).checked).toBe(0);
  });

  it('refuses an event without a MAC and a chain recomputed with another key', () => {
    const unsigned = threeStreams();
    delete (unsigned.records[1].metadata as { mac?: string }).mac;
    expect(walk(unsigned).stoppedAt).toMatchObject({ position: unsigned.positionOf(1), code: 'forged' });

    const forged = threeStreams();
    const other = new RecordedLog(auditKey('somebody-elses-key-of-at-least-32-bytes'));
    other.append('mandate-m', [newEvent('MandateGranted', { holder: 'h-2' })]);
    forged.records[1] = { ...other.records[0], position: forged.records[1].position };
    expect(walk(forged).stoppedAt).toMatchObject({ position: forged.positionOf(1), code: 'forged' });
  });

  it('refuses an append whose expectation fails against the head the chain would continue', () => {
    const log = threeStreams();
    expect(() => log.append('award-a', [newEvent('LotAwarded')], 1)).toThrow(/award-a is at revision 3, expected 1/);
  });
});
