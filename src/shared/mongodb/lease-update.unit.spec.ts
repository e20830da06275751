import { fenceFilter, leaseOf, leaseUpdate } from './lease-update.js';

describe('MongoDB lease update', () => {
  it('is one $set stage on the server clock that changes owner, token and expiry only when the lease is free', () => {
    const [stage] = leaseUpdate('runner-b', 15_000) as [{ $set: Record<string, unknown> }];
    expect(Object.keys(stage.$set).sort()).toEqual(['expiresAt', 'owner', 'token']);
    const text = JSON.stringify(stage);
    expect(text).toContain('"$$NOW"');
    expect(text).toContain('"runner-b"');
    expect(stage.$set.expiresAt).toEqual({ $cond: [expect.anything(), { $add: ['$$NOW', 15_000] }, '$expiresAt'] });
    // The token goes up by one for a new owner, and stays for the one renewing.
    expect(stage.$set.token).toEqual({
      $cond: [
        expect.anything(),
        { $cond: [{ $eq: ['$owner', 'runner-b'] }, '$token', { $add: [{ $ifNull: ['$token', 0] }, 1] }] },
        '$token',
      ],
    });
  });

  it('answers the lease only when the updated document names the caller', () => {
    const stored = { _id: 'indicator-years@v5', owner: 'runner-b', token: 3, expiresAt: new Date('2026-01-01T00:00:15Z') };
    expect(leaseOf(stored, 'runner-b')).toEqual({
      name: 'indicator-years@v5',
      owner: 'runner-b',
      token: 3,
      expiresAt: Date.parse('2026-01-01T00:00:15Z'),
    });
    expect(leaseOf(stored, 'runner-a')).toBeNull();
    expect(leaseOf(null, 'runner-a')).toBeNull();
  });

  it('fences a commit on the name, the owner and the token together', () => {
    expect(fenceFilter({ name: 'n', owner: 'o', token: 2 })).toEqual({ _id: 'n', owner: 'o', token: 2 });
  });
});
