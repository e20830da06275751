import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/** Only for development on a laptop: outside development the service refuses to start without AUDIT_KEY. */
export const DEVELOPMENT_AUDIT_KEY = 'development-only-audit-key-not-for-production';

/** The fields of a stored event that the chain vouches for, as they are stored (data and metadata as JSON text). */
export interface ChainedEvent {
  readonly position: number;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
}

export type AnchorReason = 'count' | 'interval' | 'shutdown';

/** What an anchor vouches for: the log had this MAC at this position at this time. */
export interface AnchorClaim {
  readonly position: number;
  readonly mac: string;
  readonly at: string;
  readonly reason: AnchorReason;
}

export type AuditKey = KeyObject;

export function auditKey(secret: string | Buffer): AuditKey {
  return createSecretKey(typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret);
}

/**
 * The one canonical serialisation of an event. A JSON array is unambiguous (no separator can be
 * smuggled into a field) and covers the position, so an event moved to another place, or a gap closed
 * by renumbering, no longer matches its MAC. The stored JSON text is taken byte for byte, not re-parsed.
 */
export function canonicalEvent(event: ChainedEvent): string {
  return JSON.stringify([
    'daeb-event/1',
    event.position,
    event.id,
    event.stream,
    event.revision,
    event.type,
    event.schemaVersion,
    event.data,
    event.metadata,
    event.recordedAt,
  ]);
}

/**
 * HMAC-SHA256 over the previous event's MAC and this event: without AUDIT_KEY nobody can write a chain
 * that verifies, however carefully they recompute it. The first event chains from the empty string.
 */
export function chainMac(key: AuditKey, previousMac: string, event: ChainedEvent): string {
  return createHmac('sha256', key).update(previousMac).update('\n').update(canonicalEvent(event)).digest('hex');
}

/** Signs an anchor with the same key, under its own label, so an event MAC can never pass for an anchor's signature. */
export function anchorSignature(key: AuditKey, claim: AnchorClaim): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['daeb-anchor/1', claim.position, claim.mac, claim.at, claim.reason]))
    .digest('hex');
}
