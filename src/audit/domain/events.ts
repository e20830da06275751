import type { DomainEvent } from '../../shared/domain/decider.js';
import { INTEGRITY_BREAK_ACKNOWLEDGED, LOG_ANCHORED } from '../../shared/domain/log-events.js';

export { ANCHOR_STREAM, INTEGRITY_BREAK_ACKNOWLEDGED, INTEGRITY_STREAM, LOG_ANCHORED } from '../../shared/domain/log-events.js';

/**
 * The events the log records about its own tamper evidence. Their type strings are permanent names;
 * the chain verifier reads them too, to know which breaks an operator has acknowledged.
 */
/** An anchor was taken: its position and MAC are this event's own; the signed copy is in the anchor file. */
export type LogAnchored = DomainEvent<typeof LOG_ANCHORED, { readonly reason: 'count' | 'interval' | 'shutdown' }>;

/** An operator looked at a break and let the service serve again; the break stays in every report. */
export type IntegrityBreakAcknowledged = DomainEvent<
  typeof INTEGRITY_BREAK_ACKNOWLEDGED,
  {
    /** The broken position acknowledged (a `$all` token on EventStoreDB); null for an anchor line that names none. */
    readonly position: number | string | null;
    readonly code: string;
    readonly reason: string;
  }
>;

export type AuditEvent = LogAnchored | IntegrityBreakAcknowledged;

export const auditSchemaVersions = { [LOG_ANCHORED]: 1, [INTEGRITY_BREAK_ACKNOWLEDGED]: 1 } as const;
