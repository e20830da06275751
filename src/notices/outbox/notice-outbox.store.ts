import Database from 'better-sqlite3';
import { type MandateEvent, MandateEventTypes } from '../../mandates/domain/events.js';
import type { OutsourcingLaunched } from '../../outsourcing/domain/events.js';
import type { Position, StoredEvent } from '../../shared/event-store/event-store.port.js';
import { type Notice, type NoticeCall, noticesForLaunch } from '../domain/notice.js';
import { evolveNoticeHolder, type NoticeHolder } from '../domain/notice-holders.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS holders (enterprise_number TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notices (
  message_id TEXT PRIMARY KEY, outsourcing_id TEXT NOT NULL, enterprise_number TEXT NOT NULL,
  position INTEGER NOT NULL, recorded_at TEXT NOT NULL, email TEXT NOT NULL, subject TEXT NOT NULL,
  body TEXT NOT NULL, call TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0, last_error TEXT, sent_at TEXT
);
CREATE INDEX IF NOT EXISTS notices_feed ON notices (enterprise_number, position);
CREATE INDEX IF NOT EXISTS notices_due ON notices (state, next_attempt_at);`;

/**
 * pending: to be mailed; sending: handed to the SMTP server, its answer not recorded yet; sent: the
 * server accepted the DATA; not-wanted: the holder chose the feed only; failed: refused for good.
 */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'not-wanted' | 'failed';

export interface NoticeRow {
  readonly messageId: string;
  readonly outsourcingId: string;
  readonly enterpriseNumber: string;
  readonly position: number;
  readonly recordedAt: string;
  readonly email: string;
  readonly subject: string;
  readonly body: string;
  readonly call: NoticeCall;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
}

interface RawRow extends Omit<NoticeRow, 'call'> {
  readonly call: string;
}

const COLUMNS = `message_id AS messageId, outsourcing_id AS outsourcingId, enterprise_number AS enterpriseNumber, position,
  recorded_at AS recordedAt, email, subject, body, call, state, attempts, last_error AS lastError, sent_at AS sentAt`;
const parsed = (row: RawRow): NoticeRow => ({ ...row, call: JSON.parse(row.call) as NoticeCall });

/** The types the outbox reads: the rest of the log is skipped where it is read (SubscriptionOptions.types). */
const MANDATE_TYPES = new Set<string>(Object.values(MandateEventTypes));
export const OUTBOX_TYPES: readonly string[] = [...MANDATE_TYPES, 'OutsourcingLaunched'];

/**
 * How many reads with nothing of concern may pass before their checkpoint is written anyway: one a
 * write elsewhere in the log, up to TYPE_SCAN_WINDOW events while catching up.
 */
const UNWRITTEN_CHECKPOINT_READS = 1_000;

/**
 * The outbox of notices, in its own SQLite file beside the log. The log is the outbox's source: the
 * launch is committed with the call, and this store records the notices of each launch together with
 * its checkpoint in one transaction, so each launch yields its notices exactly once, even across a
 * crash. Delivery states change here only: the log keeps what was decided, this keeps what was mailed.
 */
export class NoticeOutboxStore {
  private readonly db: Database.Database;
  /** How far the outbox has read, ahead of the written checkpoint by batches it had nothing to record from. */
  private reached: Position | null = null;
  private unwritten = 0;
  private readonly totalChanges: Database.Statement<[], number>;
  private counted: { readonly changes: number; readonly counts: Readonly<Record<DeliveryState, number>> } | null = null;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.totalChanges = this.db.prepare<[], number>('SELECT total_changes()').pluck();
  }

  /** How far the log has been read: batches with nothing for the outbox move it without a write. */
  checkpoint(): Position | null {
    return this.reached ?? this.writtenCheckpoint();
  }

  private writtenCheckpoint(): Position | null {
    const row = this.db.prepare<[], { position: string }>('SELECT position FROM checkpoint WHERE id = 1').get();
    return row ? (JSON.parse(row.position) as Position) : null;
  }

  /** Folds a batch of the log into holders and notices, and moves the checkpoint, all or nothing. Answers how many notices it recorded. */
  apply(events: readonly StoredEvent[], last: Position): number {
    this.reached = last;
    // A read without a mandate change or a launch records nothing: a durable commit of its checkpoint
    // alone would cost every registration an fsync. Read again after a crash, it records nothing either.
    if (!events.some((e) => MANDATE_TYPES.has(e.type) || e.type === 'OutsourcingLaunched')) {
      this.unwritten += 1;
      if (this.unwritten < UNWRITTEN_CHECKPOINT_READS) return 0;
    }
    this.unwritten = 0;
    let recorded = 0;
    this.db.transaction(() => {
      for (const event of events) {
        if (MANDATE_TYPES.has(event.type)) this.foldHolder(event as unknown as MandateEvent);
        else if (event.type === 'OutsourcingLaunched')
          recorded += this.record(event as unknown as StoredEvent<'OutsourcingLaunched', OutsourcingLaunched['data']>);
      }
      this.writeCheckpoint(last);
    })();
    return recorded;
  }

  private foldHolder(event: MandateEvent): void {
    const key = event.data.enterpriseNumber;
    const row = this.db.prepare<[string], { doc: string }>('SELECT doc FROM holders WHERE enterprise_number = ?').get(key);
    const next = evolveNoticeHolder(row ? (JSON.parse(row.doc) as NoticeHolder) : null, {
      type: event.type,
      data: event.data,
    } as MandateEvent);
    if (next) this.db.prepare('INSERT OR REPLACE INTO holders (enterprise_number, doc) VALUES (?, ?)').run(key, JSON.stringify(next));
  }

  private record(event: StoredEvent<'OutsourcingLaunched', OutsourcingLaunched['data']>): number {
    const holders = this.db
      .prepare<[], { doc: string }>('SELECT doc FROM holders')
      .all()
      .map((r) => JSON.parse(r.doc) as NoticeHolder);
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO notices (message_id, outsourcing_id, enterprise_number, position, recorded_at, email, subject, body, call, state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const notices: Notice[] = noticesForLaunch(event.data, holders);
    for (const n of notices) {
      const state: DeliveryState = n.mailWanted ? 'pending' : 'not-wanted';
      insert.run(
        n.messageId,
        n.outsourcingId,
        n.enterpriseNumber,
        Number(event.position),
        event.recordedAt,
        n.email,
        n.subject,
        n.body,
        JSON.stringify(n.call),
        state,
      );
    }
    return notices.length;
  }

  /** A holder's own notices after a log position, oldest first. */
  feed(enterpriseNumber: string, since: number, limit: number): NoticeRow[] {
    return this.db
      .prepare<[string, number, number], RawRow>(
        `SELECT ${COLUMNS} FROM notices WHERE enterprise_number = ? AND position > ? ORDER BY position, message_id LIMIT ?`,
      )
      .all(enterpriseNumber, since, limit)
      .map(parsed);
  }

  /** Notices to mail now: pending ones whose pause is over. */
  due(nowMs: number, limit: number): NoticeRow[] {
    return this.db
      .prepare<[number, number], RawRow>(
        `SELECT ${COLUMNS} FROM notices WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY position, message_id LIMIT ?`,
      )
      .all(nowMs, limit)
      .map(parsed);
  }

  /** Durable before the mail leaves: after a crash, "sending" says the server may have it. */
  markSending(messageId: string): number {
    this.db.prepare(`UPDATE notices SET state = 'sending', attempts = attempts + 1 WHERE message_id = ?`).run(messageId);
    return this.db.prepare<[string], { attempts: number }>('SELECT attempts FROM notices WHERE message_id = ?').get(messageId)!.attempts;
  }

  markSent(messageId: string, at: string): void {
    this.db.prepare(`UPDATE notices SET state = 'sent', sent_at = ?, last_error = NULL WHERE message_id = ?`).run(at, messageId);
  }

  markRetry(messageId: string, nextAttemptAtMs: number, error: string): void {
    this.db
      .prepare(`UPDATE notices SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE message_id = ?`)
      .run(nextAttemptAtMs, error, messageId);
  }

  markFailed(messageId: string, error: string): void {
    this.db.prepare(`UPDATE notices SET state = 'failed', last_error = ? WHERE message_id = ?`).run(error, messageId);
  }

  /** At start: a mail left "sending" by a crash may or may not have reached the server; it goes again, same Message-ID. */
  requeueInterrupted(): number {
    return this.db
      .prepare(
        `UPDATE notices SET state = 'pending', next_attempt_at = 0, last_error = 'interrupted while sending' WHERE state = 'sending'`,
      )
      .run().changes;
  }

  /**
   * Asked by every /health, and the GROUP BY reads every notice (40 000 after 800 launches to 50 holders:
   * ~5 ms). Only this connection writes the outbox (one process per DATA_DIR), so while its
   * `total_changes()` stands still the counts do too.
   */
  counts(): Readonly<Record<DeliveryState, number>> {
    const changes = this.totalChanges.get() ?? 0;
    if (this.counted?.changes === changes) return this.counted.counts;
    const counts: Record<DeliveryState, number> = { pending: 0, sending: 0, sent: 0, 'not-wanted': 0, failed: 0 };
    for (const row of this.db
      .prepare<[], { state: DeliveryState; n: number }>('SELECT state, COUNT(*) AS n FROM notices GROUP BY state')
      .all()) {
      counts[row.state] = row.n;
    }
    this.counted = { changes, counts };
    return counts;
  }

  close(): void {
    // An orderly stop writes how far it read, so that the next start does not read those batches again.
    if (this.unwritten > 0 && this.reached !== null) this.writeCheckpoint(this.reached);
    this.db.close();
  }

  private writeCheckpoint(position: Position): void {
    this.db
      .prepare('INSERT INTO checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position')
      .run(JSON.stringify(position));
  }
}
