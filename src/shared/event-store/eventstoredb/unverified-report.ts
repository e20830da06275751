import type { IntegrityReport, Position } from '../event-store.port.js';

/**
 * What this adapter can say of its log's integrity today. The port lets an append-only store answer
 * intact; EventStoreDB is append-only through its API, but an operator with server access can still
 * delete or scavenge streams, and the HMAC chain and anchors of the SQLite store are not yet written
 * here. The summary says so, so that /audit/integrity never claims a verification that did not happen.
 */
export function unverifiedReport(head: Position | null): IntegrityReport {
  return {
    valid: true,
    status: 'intact',
    checked: 0,
    intactUpTo: head,
    firstBrokenPosition: null,
    problem: null,
    acknowledged: [],
    lastAnchor: null,
    summary: 'not verified: the EventStoreDB adapter keeps no HMAC chain yet (append-only through its API)',
  };
}
