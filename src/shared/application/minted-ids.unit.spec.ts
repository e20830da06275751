import { createHash } from 'node:crypto';
import type { CommandContext } from './command-context.js';
import { mintId } from './minted-ids.js';

const context = (idempotencyKey?: string): CommandContext => ({
  principal: { sub: 'ann', role: 'adviser', org: null },
  correlationId: 'c',
  causationId: 'c',
  expectedRevision: null,
  ...(idempotencyKey ? { idempotencyKey } : {}),
});
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids minted for a write', () => {
  it('are the same on a retry with the same key, and differ per purpose', () => {
    const first = context('adviser\u0000k1\u0000hash');
    expect(mintId(first, 'award')).toBe(mintId(context('adviser\u0000k1\u0000hash'), 'award'));
    expect(mintId(first, 'participant:0')).not.toBe(mintId(first, 'participant:1'));
    expect(mintId(first, 'award')).toMatch(UUID);
  });

  it('differ for another key, and are random without one', () => {
    expect(mintId(context('adviser\u0000k1\u0000hash'), 'award')).not.toBe(mintId(context('adviser\u0000k2\u0000hash'), 'award'));
    expect(mintId(context(), 'award')).not.toBe(mintId(context(), 'award'));
    expect(mintId(context(), 'award')).toMatch(UUID);
  });

  it('are the ids earlier versions minted for the same key: a retry across an upgrade names the stored ids', () => {
    const hex = createHash('sha256').update('adviser\u0000k1\u0000hash\u0000participant:7').digest('hex');
    const variant = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
    const before = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    expect(mintId(context('adviser\u0000k1\u0000hash'), 'participant:7')).toBe(before);
  });
});
