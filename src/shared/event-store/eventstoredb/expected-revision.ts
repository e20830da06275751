import type { ExpectedRevision } from '../event-store.port.js';

/**
 * The client's spelling of an expected revision. Kept as plain strings and bigints, not the client's
 * constants, so that the successor client (`@kurrent/kurrentdb-client`, where the option is called
 * `streamState`) needs a change in the adapter alone.
 */
export type EsdbExpectedRevision = 'any' | 'no_stream' | bigint;

export function toEsdbExpectedRevision(expected: ExpectedRevision): EsdbExpectedRevision {
  if (expected === 'any') return 'any';
  if (expected === 'no-stream') return 'no_stream';
  if (!Number.isSafeInteger(expected) || expected < 0) throw new Error(`not a stream revision: ${String(expected)}`);
  return BigInt(expected);
}

/** The server's current revision as the port's `WrongExpectedRevision` names it: null when the stream does not exist. */
export function fromEsdbCurrentRevision(current: unknown): number | null {
  return typeof current === 'bigint' ? toRevision(current) : null;
}

/** The port counts revisions in numbers: a stream of 2^53 events is not one an aggregate reaches. */
export function toRevision(revision: bigint): number {
  if (revision > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`stream revision ${revision} exceeds the port's range`);
  return Number(revision);
}

/**
 * The revision an append states on the server: always the head its MACs were chained from, never
 * `any`, so that two appends can never both chain from the same predecessor. Null when the caller's
 * own expectation already fails against that head (`head` null: the stream does not exist).
 */
export function expectationForChain(expected: ExpectedRevision, head: number | null): EsdbExpectedRevision | null {
  if (expected === 'no-stream' && head !== null) return null;
  if (typeof expected === 'number' && expected !== head) return null;
  return head === null ? 'no_stream' : BigInt(head);
}
