import type { Fence, Lease } from '../shared/read-store/lease.js';
import type { ReadStore } from '../shared/read-store/read-store.port.js';

export interface LeaseHandlers {
  /** This instance now runs the projection: start from the checkpoint, not from memory. */
  acquired(lease: Lease): Promise<void>;
  /** Another instance runs it (or may): stop writing. */
  lost(): Promise<void>;
  /** Every tick while another instance holds it. */
  following(): Promise<void>;
}

/**
 * Holds one lease for as long as it can: asks for it every third of its lifetime, so that it is renewed
 * twice before it could expire, and reports when it is won or lost. A store that cannot be reached
 * counts as lost once the lease's own expiry has passed, since another instance may have taken it.
 */
export class LeaseKeeper {
  private held: Lease | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private ticking: Promise<void> = Promise.resolve();

  constructor(
    private readonly readStore: ReadStore,
    private readonly name: string,
    private readonly owner: string,
    private readonly ttlMs: number,
    private readonly handlers: LeaseHandlers,
  ) {}

  async start(): Promise<void> {
    await this.tick();
  }

  fence(): Fence | null {
    return this.held && { name: this.name, owner: this.owner, token: this.held.token };
  }

  /** A commit was refused under this lease: stop writing now rather than at the next tick. */
  surrender(): void {
    this.ticking = this.ticking.then(() => this.drop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    if (this.held) {
      await this.drop();
      await this.readStore.releaseLease(this.name, this.owner).catch(() => undefined);
    }
  }

  private tick(): Promise<void> {
    this.ticking = this.ticking.then(async () => {
      if (this.stopped) return;
      try {
        await this.renew();
      } catch {
        // A failed start from the checkpoint or a failed follower read: the next tick tries again.
      }
      if (!this.stopped) this.timer = setTimeout(() => void this.tick(), Math.max(10, Math.floor(this.ttlMs / 3)));
    });
    return this.ticking;
  }

  private async renew(): Promise<void> {
    let lease: Lease | null;
    try {
      lease = await this.readStore.acquireLease(this.name, this.owner, this.ttlMs);
    } catch {
      lease = this.held !== null && this.held.expiresAt > Date.now() ? this.held : null;
    }
    if (lease && this.held?.token !== lease.token) {
      if (this.held) await this.drop();
      this.held = lease;
      try {
        await this.handlers.acquired(lease);
      } catch (error) {
        this.held = null;
        throw error;
      }
    } else if (lease) this.held = lease;
    else if (this.held) await this.drop();
    if (!this.held) await this.handlers.following();
  }

  private async drop(): Promise<void> {
    if (!this.held) return;
    this.held = null;
    await this.handlers.lost();
  }
}
