import { createHmac } from 'node:crypto';
import type { AuditKey } from '../tamper-evidence/chain-mac.js';

/**
 * The fields of an EventStoreDB event that its stream's chain vouches for. The global position is
 * not among them: the server assigns it only at commit, after the MAC had to be written. The stream
 * and revision are, and every append states its expected revision, so the predecessor is known.
 */
export interface StreamChainedEvent {
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  /** The event's metadata document; its own `mac` field is left out of what the MAC covers. */
  readonly metadata: unknown;
}

/** The metadata field that carries an event's MAC. */
export const MAC_FIELD = 'mac';

/**
 * JSON with object keys sorted: the server hands data back as parsed JSON, and a copy made by another
 * tool (a migration, a restore) may reorder keys without changing a value; the MAC must not care.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The metadata as the MAC covers it: everything but the MAC itself. */
export function metadataWithoutMac(metadata: unknown): Record<string, unknown> {
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return {};
  const { [MAC_FIELD]: _mac, ...rest } = metadata as Record<string, unknown>;
  return rest;
}

/** The MAC an event carries in its metadata, or null when it carries none (or not as text). */
export function storedMac(metadata: unknown): string | null {
  if (metadata === null || typeof metadata !== 'object') return null;
  const mac = (metadata as Record<string, unknown>)[MAC_FIELD];
  return typeof mac === 'string' ? mac : null;
}

/**
 * HMAC-SHA256 over the previous MAC in the same stream ('' before revision 0) and this event, under a
 * label of its own so that a MAC of the SQLite chain can never pass for one of this chain.
 */
export function streamEventMac(key: AuditKey, previousMac: string, event: StreamChainedEvent): string {
  const canonical = JSON.stringify([
    'daeb-stream-event/1',
    event.stream,
    event.revision,
    event.id,
    event.type,
    canonicalJson(event.data),
    canonicalJson(metadataWithoutMac(event.metadata)),
  ]);
  return createHmac('sha256', key).update(previousMac).update('\n').update(canonical).digest('hex');
}

export interface UnchainedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: object;
  readonly metadata: object;
}

/**
 * Puts each event's MAC in its metadata, chained from the stream's head: `previousMac` is the MAC of
 * the event at revision `firstRevision - 1` ('' for a new stream).
 */
export function chainBatch<E extends UnchainedEvent>(
  key: AuditKey,
  stream: string,
  head: { readonly revision: number; readonly mac: string },
  events: readonly E[],
): E[] {
  let previous = head.mac;
  return events.map((event, index) => {
    const mac = streamEventMac(key, previous, { stream, revision: head.revision + 1 + index, ...event });
    previous = mac;
    return { ...event, metadata: { ...event.metadata, [MAC_FIELD]: mac } };
  });
}

/** A stream's last event before an append: revision -1 and MAC '' when the stream does not exist. */
export const EMPTY_STREAM_HEAD = { revision: -1, mac: '' } as const;
