import { Logger } from '@nestjs/common';
import type { IntegrityReport } from '../../shared/event-store/event-store.port.js';
import type { LogEvidence } from '../../shared/event-store/tamper-evidence/log-evidence.js';

/**
 * What the service knows of its log's integrity. Verified in full at start and on request; between
 * those, every /health checks the tail. A broken log keeps the service up (an operator must be able to
 * read and acknowledge) but /health answers 503 until someone acknowledges the break.
 */
export class IntegrityMonitor {
  private readonly logger = new Logger('Integrity');
  private report: IntegrityReport | null = null;

  constructor(private readonly store: LogEvidence) {}

  async checkAtStart(): Promise<IntegrityReport> {
    const report = await this.verifyNow();
    if (report.status === 'broken') this.logger.error(`event log ${report.summary}; /health answers 503 until a break is acknowledged`);
    else this.logger.log(`event log ${report.summary}`);
    return report;
  }

  /** The whole log and the whole anchor file, now. */
  async verifyNow(): Promise<IntegrityReport> {
    this.report = await this.store.verifyChain();
    return this.report;
  }

  /** A known break stays until acknowledged; otherwise what was appended since is checked. */
  async current(): Promise<IntegrityReport> {
    if (this.report?.status === 'broken') return this.report;
    this.report = await this.store.verifyTail();
    if (this.report.status === 'broken') this.logger.error(`event log ${this.report.summary}`);
    return this.report;
  }
}
