import { expectationForChain, fromEsdbCurrentRevision, toEsdbExpectedRevision, toRevision } from './expected-revision.js';

describe('EventStoreDB expected revisions', () => {
  it('maps a new aggregate to no_stream, any to any, and a revision to the same bigint', () => {
    expect(toEsdbExpectedRevision('no-stream')).toBe('no_stream');
    expect(toEsdbExpectedRevision('any')).toBe('any');
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])('refuses %p as a revision', (revision) => {
    expect(() => toEsdbExpectedRevision(revision)).toThrow('not a stream revision');
  });

  it("reads the server's current revision back: null when the stream does not exist", () => {
    expect(fromEsdbCurrentRevision('no_stream')).toBeNull();
    expect(fromEsdbCurrentRevision(7n)).toBe(7);
  });

  it("refuses a revision beyond the port's numbers rather than round it", () => {
    expect(toRevision(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow("exceeds the port's range");
  });

  it('states the head the chain was computed from, never any, and refuses at once an expectation the head fails', () => {
    expect(expectationForChain('any', null)).toBe('no_stream');
    expect(expectationForChain('any', 4)).toBe(4n);
    expect(expectationForChain('no-stream', null)).toBe('no_stream');
    expect(expectationForChain('no-stream', 0)).toBeNull();
    expect(expectationForChain(4, 4)).toBe(4n);
    expect(expectationForChain(3, 4)).toBeNull();
    expect(expectationForChain(0, null)).toBeNull();
  });
});
