import { createHash } from 'node:crypto';
import { anchorSignature, auditKey, canonicalEvent, chainMac, type ChainedEvent } from './chain-mac.js';

const key = auditKey('unit-audit-key-that-is-at-least-32-bytes');
const event: ChainedEvent = {
  position: 7,
  id: 'e-7',
  stream: 'outsourcing-1',
  revision: 2,
  type: 'AwardGranted',
  schemaVersion: 1,
  data: '{"amountCents":100000}',
  metadata: '{"actor":"ann"}',
  recordedAt: '2016-06-15T10:00:00.000Z',
};

describe('the chain MAC', () => {
  it('covers every stored field, the position included', () => {
    const mac = chainMac(key, 'previous', event);
    for (const changed of [
      { position: 8 },
      { id: 'e-8' },
      { stream: 'outsourcing-2' },
      { revision: 3 },
      { type: 'AwardAmended' },
      { schemaVersion: 2 },
      { data: '{"amountCents":100001}' },
      { metadata: '{"actor":"bob"}' },
      { recordedAt: '2016-06-15T10:00:00.001Z' },
    ])
      expect(chainMac(key, 'previous', { ...event, ...changed })).not.toBe(mac);
    expect(chainMac(key, 'other previous', event)).not.toBe(mac);
  });

  it('cannot be recomputed without the key, nor as a plain SHA-256', () => {
    const mac = chainMac(key, '', event);
    expect(chainMac(auditKey('another-key-that-is-also-32-bytes-long!'), '', event)).not.toBe(mac);
    expect(createHash('sha256').update('').update('\n').update(canonicalEvent(event)).digest('hex')).not.toBe(mac);
  });

  it('serialises without ambiguity: no separator can move a character from one field to the next', () => {
    expect(canonicalEvent({ ...event, stream: 'a', type: 'b,c' })).not.toBe(canonicalEvent({ ...event, stream: 'a,b', type: 'c' }));
    expect(canonicalEvent({ ...event, stream: 'a"', type: 'b' })).not.toBe(canonicalEvent({ ...event, stream: 'a', type: '"b' }));
  });

  it('signs anchors under a label of their own', () => {
    const claim = { position: 7, mac: chainMac(key, '', event), at: '2016-06-15T10:00:00.000Z', reason: 'count' as const };
    expect(anchorSignature(key, claim)).not.toBe(claim.mac);
    expect(anchorSignature(key, { ...claim, position: 8 })).not.toBe(anchorSignature(key, claim));
  });
});
