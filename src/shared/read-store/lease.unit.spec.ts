import { fenceHolds, nextLease } from './lease.js';

describe('projection lease', () => {
  const held = { name: 'p@v1', owner: 'a', token: 4, expiresAt: 1_000 };

  it('is granted with token 1 when nobody ever held it', () => {
    expect(nextLease(null, 'p@v1', 'a', 500, 100)).toEqual({ name: 'p@v1', owner: 'a', token: 1, expiresAt: 600 });
  });

  it('is renewed by its owner with the same token', () => {
    expect(nextLease(held, 'p@v1', 'a', 900, 100)).toEqual({ ...held, expiresAt: 1_000 });
  });

  it('stays with its owner until it expires, then goes to another with a higher token', () => {
    expect(nextLease(held, 'p@v1', 'b', 999, 100)).toBeNull();
    expect(nextLease(held, 'p@v1', 'b', 1_000, 100)).toEqual({ name: 'p@v1', owner: 'b', token: 5, expiresAt: 1_100 });
  });

  it('lets a commit through only under the token it was granted with', () => {
    expect(fenceHolds(held, { name: 'p@v1', owner: 'a', token: 4 })).toBe(true);
    expect(fenceHolds({ ...held, owner: 'b', token: 5 }, { name: 'p@v1', owner: 'a', token: 4 })).toBe(false);
    expect(fenceHolds(null, { name: 'p@v1', owner: 'a', token: 4 })).toBe(false);
  });
});
