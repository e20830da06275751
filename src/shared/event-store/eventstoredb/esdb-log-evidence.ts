import type { LogEvidence } from '../tamper-evidence/log-evidence.js';
import type { EventStoreDbEventStore } from './eventstoredb-event-store.js';

/** The EventStoreDB adapter's tamper evidence: per-stream HMAC chains and anchors (stream-chain-evidence.ts). */
export function esdbLogEvidence(store: EventStoreDbEventStore): LogEvidence {
  return store.evidence;
}
