import { Logger } from '@nestjs/common';
import { anchoredCount, type LogEvidence } from '../../shared/event-store/tamper-evidence/log-evidence.js';
import type { AnchorReason } from '../../shared/event-store/tamper-evidence/chain-mac.js';

export interface AnchorCadence {
  /** An anchor once the log has grown by this many events since the last. */
  readonly everyEvents: number;
  /** And at this interval, when the log moved meanwhile. */
  readonly everyMs: number;
}

export const ANCHOR_CADENCE: AnchorCadence = { everyEvents: 1_000, everyMs: 10 * 60_000 };

/**
 * Takes anchors every 1 000 events, every 10 minutes when the log moved, and at shutdown. Anchors are
 * taken one at a time, after the append that called for one has committed: never on the write path.
 */
export class AnchorSchedule {
  private readonly logger = new Logger('Anchors');
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private taking = false;
  private readonly queued = new Set<AnchorReason>();

  constructor(
    private readonly store: LogEvidence,
    private readonly cadence: AnchorCadence = ANCHOR_CADENCE,
  ) {}

  start(): void {
    this.stopListening = this.store.onAppend((ordinal) => {
      if (!this.taking && ordinal - anchoredCount(this.store.lastAnchor()) >= this.cadence.everyEvents) this.take('count');
    });
    this.timer = setInterval(() => this.take('interval'), this.cadence.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.stopListening?.();
    this.take('shutdown');
    await this.queue;
  }

  private take(reason: AnchorReason): void {
    if (this.queued.has(reason)) return;
    this.queued.add(reason);
    this.queue = this.queue.then(async () => {
      this.queued.delete(reason);
      this.taking = true;
      try {
        const head = await this.store.headPosition();
        if (head !== null && head !== this.store.lastAnchor()?.position) await this.store.anchor(reason);
      } catch (error) {
        // Without anchors a cut tail goes unseen: loud, but no reason to stop serving writes.
        this.logger.error(`could not write a ${reason} anchor: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.taking = false;
      }
    });
  }
}
