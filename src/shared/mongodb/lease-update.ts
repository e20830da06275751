import type { Lease } from '../read-store/lease.js';

/**
 * The lease request as one conditional update (nextLease, in MongoDB's terms, on the server's clock):
 * the lease is free when nobody holds it, when it is the caller's, or when it expired; then the caller
 * holds it for `ttlMs` more, with a token one higher unless it was already the caller's. Every field
 * in one $set stage reads the document as it was, so the token compares against the old owner.
 */
export function leaseUpdate(owner: string, ttlMs: number): Record<string, unknown>[] {
  const mine = { $eq: ['$owner', owner] };
  const free = { $or: [{ $eq: [{ $ifNull: ['$owner', null] }, null] }, mine, { $lte: ['$expiresAt', '$$NOW'] }] };
  return [
    {
      $set: {
        token: { $cond: [free, { $cond: [mine, '$token', { $add: [{ $ifNull: ['$token', 0] }, 1] }] }, '$token'] },
        owner: { $cond: [free, owner, '$owner'] },
        expiresAt: { $cond: [free, { $add: ['$$NOW', ttlMs] }, '$expiresAt'] },
      },
    },
  ];
}

export interface StoredLease {
  readonly _id: string;
  readonly owner: string;
  readonly token: number;
  readonly expiresAt: Date;
}

/** The updated lease document: the caller's lease, or null when another owner kept it. */
export const leaseOf = (stored: StoredLease | null, owner: string): Lease | null =>
  stored && stored.owner === owner ? { name: stored._id, owner, token: stored.token, expiresAt: stored.expiresAt.getTime() } : null;

/** In a commit's transaction: matches only while the fence holds, and writes, so a concurrent takeover conflicts. */
export const fenceFilter = (fence: { name: string; owner: string; token: number }) => ({
  _id: fence.name,
  owner: fence.owner,
  token: fence.token,
});
