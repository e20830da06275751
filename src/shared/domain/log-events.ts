/**
 * The names the log uses for events about itself. The tamper-evidence code in src/shared/event-store
 * writes and reads them, and the audit context decides on them, so they live here, known to both.
 * Type strings and stream names are permanent.
 */
export const INTEGRITY_STREAM = 'audit-integrity';
/** Anchors have a stream of their own: the acknowledgements' stream stays a short decider history. */
export const ANCHOR_STREAM = 'audit-anchors';

export const LOG_ANCHORED = 'LogAnchored';
export const INTEGRITY_BREAK_ACKNOWLEDGED = 'IntegrityBreakAcknowledged';
