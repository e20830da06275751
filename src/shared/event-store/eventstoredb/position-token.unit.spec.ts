import fc from 'fast-check';
import { comparePositionTokens, parsePositionToken, positionToken } from './position-token.js';

describe('EventStoreDB position tokens', () => {
  it('writes the commit and prepare positions as "<commit>-<prepare>" and reads them back', () => {
    expect(positionToken({ commit: 1234n, prepare: 1200n })).toBe('1234-1200');
    expect(parsePositionToken('1234-1200')).toEqual({ commit: 1234n, prepare: 1200n });
    expect(parsePositionToken('18446744073709551615-18446744073709551615')).toEqual({
      commit: 2n ** 64n - 1n,
      prepare: 2n ** 64n - 1n,
    });
  });

  it.each(['', '12', '12-', '-12', '1-2-3', 'a-b', '1 -2', '18446744073709551616-0', '12-3\n'])('refuses %j', (token) => {
    expect(parsePositionToken(token)).toBeNull();
  });

  it('orders by commit, then prepare, as numbers and not as text', () => {
    expect(comparePositionTokens('10-10', '9-9')).toBeGreaterThan(0);
    expect(comparePositionTokens('9-9', '10-10')).toBeLessThan(0);
    expect(comparePositionTokens('100-5', '100-40')).toBeLessThan(0);
    expect(comparePositionTokens('100-40', '100-40')).toBe(0);
    expect(() => comparePositionTokens('100', '100-40')).toThrow('not an EventStoreDB position: 100');
  });

  it('orders every pair of tokens as their positions are ordered', () => {
    const position = fc.record({
      commit: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      prepare: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    });
    fc.assert(
      fc.property(position, position, (a, b) => {
        const expected = a.commit !== b.commit ? Math.sign(Number(a.commit - b.commit)) : Math.sign(Number(a.prepare - b.prepare));
        expect(Math.sign(comparePositionTokens(positionToken(a), positionToken(b)))).toBe(expected);
        expect(parsePositionToken(positionToken(a))).toEqual(a);
      }),
    );
  });
});
