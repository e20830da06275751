import type { LogEvidence } from '../tamper-evidence/log-evidence.js';
import type { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { unverifiedReport } from './unverified-report.js';

/**
 * The tamper evidence the EventStoreDB adapter can give today: none of its own. Its reports say
 * "not verified" in their summary, and no anchor is taken, rather than anchors over a chain that is not there.
 */
export function esdbLogEvidence(store: EventStoreDbEventStore): LogEvidence {
  return {
    verifyChain: () => unverifiedReport(null),
    verifyTail: () => unverifiedReport(null),
    headPosition: () => store.headPosition(),
    lastAnchor: () => null,
    anchor: async () => null,
    onAppend: () => () => undefined,
  };
}
