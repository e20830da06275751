import { auditKey } from '../tamper-evidence/chain-mac.js';
import { canonicalJson, chainBatch, EMPTY_STREAM_HEAD, storedMac, streamEventMac } from './stream-chain-mac.js';

const key = auditKey('test-audit-key-that-is-at-least-32-bytes-long');
const event = {
  stream: 'award-a-1',
  revision: 3,
  id: 'e-4',
  type: 'LotAwarded',
  data: { lot: 1, amountCents: 125_000 },
  metadata: { actor: 'ann', schemaVersion: 1 },
};

describe('the per-stream chain MAC', () => {
  it('is the same whatever the order of keys the server or a restore hands back', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"e":null,"f":2}]},"b":1}');
    const reordered = { ...event, data: { amountCents: 125_000, lot: 1 } };
    expect(streamEventMac(key, 'prev', reordered)).toBe(streamEventMac(key, 'prev', event));
  });

  it('changes with the data, the metadata, the stream, the revision, the predecessor and the key', () => {
    const mac = streamEventMac(key, 'prev', event);
    expect(streamEventMac(key, 'prev', { ...event, data: { lot: 1, amountCents: 125_001 } })).not.toBe(mac);
    expect(streamEventMac(key, 'prev', { ...event, metadata: { actor: 'bob', schemaVersion: 1 } })).not.toBe(mac);
    expect(streamEventMac(key, 'prev', { ...event, stream: 'award-a-2' })).not.toBe(mac);
    expect(streamEventMac(key, 'prev', { ...event, revision: 4 })).not.toBe(mac);
    expect(streamEventMac(key, 'other', event)).not.toBe(mac);
    expect(streamEventMac(auditKey('another-audit-key-that-is-32-bytes-or-more'), 'prev', event)).not.toBe(mac);
  });

  it('covers the metadata without the MAC it is stored in', () => {
    const mac = streamEventMac(key, 'prev', event);
    expect(streamEventMac(key, 'prev', { ...event, metadata: { ...event.metadata, mac } })).toBe(mac);
  });

  it("chains a batch from the stream's head, each event from the one before", () => {
    const batch = [
      { id: 'e-1', type: 'T', data: { n: 1 }, metadata: { actor: 'ann' } },
      { id: 'e-2', type: 'T', data: { n: 2 }, metadata: { actor: 'ann' } },
    ];
    const [first, second] = chainBatch(key, 's', EMPTY_STREAM_HEAD, batch);
    expect(storedMac(first.metadata)).toBe(streamEventMac(key, '', { stream: 's', revision: 0, ...batch[0] }));
    expect(storedMac(second.metadata)).toBe(streamEventMac(key, storedMac(first.metadata)!, { stream: 's', revision: 1, ...batch[1] }));
    const [continued] = chainBatch(key, 's', { revision: 1, mac: storedMac(second.metadata)! }, [batch[0]]);
    expect(storedMac(continued.metadata)).toBe(streamEventMac(key, storedMac(second.metadata)!, { stream: 's', revision: 2, ...batch[0] }));
  });

  it('reads no MAC from metadata that has none', () => {
    expect(storedMac({ actor: 'ann' })).toBeNull();
    expect(storedMac(null)).toBeNull();
    expect(storedMac({ mac: 12 })).toBeNull();
  });
});
