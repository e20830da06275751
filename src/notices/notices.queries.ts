/** The outbox as /health shows it. */
export interface OutboxReport {
  readonly smtp: 'configured' | 'not-configured';
  /** Notices to be mailed: pending and in flight. */
  readonly backlog: number;
  readonly sending: number;
  readonly sent: number;
  readonly failed: number;
  /** The log position the outbox has recorded notices up to. */
  readonly position: number | null;
  /** Events of the log not yet looked at for notices. */
  readonly lag: number;
  readonly error: string | null;
}

/** What the rest of the service may ask the notices context. */
export interface NoticeQueries {
  report(): Promise<OutboxReport>;
}

export const NOTICE_QUERIES = Symbol('NoticeQueries');
