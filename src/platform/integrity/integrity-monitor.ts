import { Logger } from '@nestjs/common';
import type { IntegrityReport } from '../../shared/event-store/event-store.port.js';
import type { LogEvidence } from '../../shared/event-store/tamper-evidence/log-evidence.js';

/** Events verified between two turns of the event loop while the log is checked at start. */
export const DEFAULT_SLICE_EVENTS = 1_000;

/** The full check begun at start has not ended: nothing is known yet, good or bad, of the history. */
export interface Verifying {
  readonly status: 'verifying';
  /** Events verified so far; null where the store cannot count them while it walks (EventStoreDB). */
  readonly checked: number | null;
  /** The events up to the head the check began at; null where not countable. */
  readonly of: number | null;
}

export type IntegrityState = IntegrityReport | Verifying;

/**
 * What the service knows of its log's integrity. Verified in full at start, in the background, and on
 * request; between those, every /health checks the tail. A broken log keeps the service up (an operator
 * must be able to read and acknowledge) but /health answers 503 until someone acknowledges the break.
 */
export class IntegrityMonitor {
  private readonly logger = new Logger('Integrity');
  private report: IntegrityReport | null = null;
  private verifying: { checked: number | null; of: number | null } | null = null;
  private readonly stopping = new AbortController();
  private walkingTail: Promise<void> | null = null;

  constructor(
    private readonly store: LogEvidence,
    private readonly sliceEvents = DEFAULT_SLICE_EVENTS,
  ) {}

  /**
   * Begins the full check without holding up the start, and resolves when it ends. A log shorter than
   * one slice is verified before this returns to the event loop, so a small log is known at once.
   */
  checkAtStart(): Promise<IntegrityReport> {
    this.verifying = { checked: 0, of: null };
    const began = this.report;
    const signal = this.stopping.signal;
    const walked = this.store.verifyInSlices
      ? this.store.verifyInSlices({
          sliceEvents: this.sliceEvents,
          signal,
          onProgress: (checked, of) => (this.verifying = { checked, of }),
        })
      : Promise.resolve(this.store.verifyChain());
    return walked.then(
      (report) => {
        this.verifying = null;
        // A full check asked for meanwhile (GET /audit/integrity) saw a later head: its report stands.
        if (this.report === began) this.report = report;
        if (report.status === 'broken') this.logger.error(`event log ${report.summary}; /health answers 503 until a break is acknowledged`);
        else this.logger.log(`event log ${report.summary}`);
        return report;
      },
      (error: unknown) => {
        this.verifying = null;
        if (!signal.aborted) this.logger.error(`the event log could not be verified at start: ${String(error)}`);
        throw error;
      },
    );
  }

  /** Ends a check still running at start (the stores are closing). */
  stop(): void {
    this.stopping.abort();
  }

  /** The whole log and the whole anchor file, now. */
  async verifyNow(): Promise<IntegrityReport> {
    this.report = await this.store.verifyChain();
    return this.report;
  }

  /**
   * A known break stays until acknowledged; otherwise what was appended since is checked, one slice
   * before the answer. A longer tail (a large import) is walked on in the background, a slice a turn,
   * so that /health keeps answering at once; meanwhile the report says how far it is intact.
   */
  async current(): Promise<IntegrityState> {
    if (this.verifying && !this.report) return { status: 'verifying', ...this.verifying };
    if (this.report?.status === 'broken') return this.report;
    if (await this.tailSlice()) this.walkRestOfTail();
    return this.report as IntegrityReport;
  }

  /** One slice of the tail; true when a full slice was walked, so more may follow. */
  private async tailSlice(): Promise<boolean> {
    const before = this.report?.checked ?? 0;
    this.report = await this.store.verifyTail(this.sliceEvents);
    if (this.report.status === 'broken') this.logger.error(`event log ${this.report.summary}`);
    return this.report.status !== 'broken' && this.report.checked - before >= this.sliceEvents;
  }

  private walkRestOfTail(): void {
    if (this.walkingTail) return;
    this.walkingTail = (async () => {
      do await new Promise<void>((resolve) => setImmediate(resolve));
      while (!this.stopping.signal.aborted && (await this.tailSlice()));
    })()
      .catch((error: unknown) => this.logger.error(`the log's tail could not be verified: ${String(error)}`))
      .finally(() => (this.walkingTail = null));
  }
}
