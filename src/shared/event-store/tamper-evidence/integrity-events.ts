/**
 * The events the log records about its own tamper evidence. Their type strings are permanent names in
 * the log; the verifier reads them, so they live beside it rather than in a bounded context.
 */
export const INTEGRITY_STREAM = 'audit-integrity';

/** An anchor was taken: its position and MAC are this event's own; the signed copy is in the anchor file. */
export const LOG_ANCHORED = 'LogAnchored';

/** An operator looked at a break and let the service serve again; it stays in every report. */
export const INTEGRITY_BREAK_ACKNOWLEDGED = 'IntegrityBreakAcknowledged';

export interface IntegrityBreakAcknowledgedData {
  /** The broken position acknowledged; null for an anchor line that claims none. */
  readonly position: number | null;
  readonly code: string;
  readonly reason: string;
}
