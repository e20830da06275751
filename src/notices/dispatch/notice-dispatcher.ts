import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { MAX_ATTEMPTS, retryDelayMs } from '../domain/back-off.js';
import type { NoticeOutboxStore, NoticeRow } from '../outbox/notice-outbox.store.js';

export interface DispatcherSettings {
  readonly smtpUrl: string;
  readonly mailFrom: string;
  readonly retryBaseMs: number;
}

const BATCH = 20;
const IDLE_MS = 1000;

/**
 * Mails pending notices over SMTP, one message per notice, each with its stable Message-ID. A notice is
 * marked "sending" (durably) before the mail leaves and "sent" once the server accepted its DATA; a
 * refusal or a dropped connection before that acceptance means the mail was not sent, and it goes again
 * after a doubling pause. A permanent refusal (5xx) or too many attempts leaves it "failed".
 */
export class NoticeDispatcher {
  private readonly logger = new Logger('NoticeDispatcher');
  private readonly transporter: Transporter;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly outbox: NoticeOutboxStore,
    private readonly settings: DispatcherSettings,
  ) {
    this.transporter = nodemailer.createTransport(settings.smtpUrl);
  }

  start(): void {
    const requeued = this.outbox.requeueInterrupted();
    if (requeued > 0)
      this.logger.warn(`${requeued} notice(s) were being sent when the service stopped: sent again with the same Message-ID`);
    this.wake();
  }

  /** Runs a pass now (new notices were recorded), unless one is running; it schedules the next itself. */
  wake(): void {
    if (this.stopped || this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.pass().finally(() => {
      this.running = null;
      if (!this.stopped) this.timer = setTimeout(() => this.wake(), IDLE_MS);
    });
  }

  /** Stops as a crash would for the mail in flight: its outcome is not recorded, so it stays "sending" and goes again at start. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.transporter.close();
  }

  private async pass(): Promise<void> {
    for (let due = this.outbox.due(Date.now(), BATCH); due.length > 0 && !this.stopped; due = this.outbox.due(Date.now(), BATCH)) {
      for (const notice of due) {
        if (this.stopped) return;
        await this.send(notice);
      }
    }
  }

  private async send(notice: NoticeRow): Promise<void> {
    const attempts = this.outbox.markSending(notice.messageId);
    try {
      await this.transporter.sendMail({
        from: this.settings.mailFrom,
        to: notice.email,
        subject: notice.subject,
        text: notice.body,
        messageId: notice.messageId,
        headers: { 'X-DAEB-Outsourcing': notice.outsourcingId },
      });
      if (this.stopped) return;
      this.outbox.markSent(notice.messageId, new Date().toISOString());
    } catch (error) {
      if (this.stopped) return;
      const { message, responseCode } = error as { message: string; responseCode?: number };
      if ((responseCode !== undefined && responseCode >= 500) || attempts >= MAX_ATTEMPTS) {
        this.outbox.markFailed(notice.messageId, message);
        this.logger.error(`notice ${notice.messageId} failed for good: ${message}`);
      } else {
        this.outbox.markRetry(notice.messageId, Date.now() + retryDelayMs(attempts, this.settings.retryBaseMs), message);
      }
    }
  }
}
