/**
 * A projection's lease: who may run it now, until when, and the fencing token of that tenure. The token
 * goes up each time the lease changes hands, and every commit names the token it runs under: a runner
 * that paused past its expiry (a long GC, a frozen VM) finds a higher token at its next commit and is
 * refused, so two runners never both advance one checkpoint.
 */
export interface Lease {
  readonly name: string;
  readonly owner: string;
  readonly token: number;
  /** Epoch milliseconds, on the store's clock. */
  readonly expiresAt: number;
}

/** What a commit must still hold: the lease's name and the token it was granted with. */
export interface Fence {
  readonly name: string;
  readonly owner: string;
  readonly token: number;
}

export class LeaseLost extends Error {
  constructor(
    readonly fence: Fence,
    holder: Pick<Lease, 'owner' | 'token'> | null,
  ) {
    super(
      `lease ${fence.name} lost by ${fence.owner} (token ${fence.token}): ` +
        (holder ? `now held by ${holder.owner} with token ${holder.token}` : 'released'),
    );
  }
}

/**
 * The lease after `owner` asks for it at `now`: renewed (same token) when it is already the owner's,
 * taken over (token + 1) when it is free or expired, null when another owner still holds it.
 */
export function nextLease(current: Lease | null, name: string, owner: string, now: number, ttlMs: number): Lease | null {
  if (current === null) return { name, owner, token: 1, expiresAt: now + ttlMs };
  if (current.owner === owner) return { ...current, expiresAt: now + ttlMs };
  if (current.expiresAt <= now) return { name, owner, token: current.token + 1, expiresAt: now + ttlMs };
  return null;
}

/** Whether a commit under `fence` may still happen with `current` in the store. */
export const fenceHolds = (current: Lease | null, fence: Fence): boolean =>
  current !== null && current.owner === fence.owner && current.token === fence.token;
