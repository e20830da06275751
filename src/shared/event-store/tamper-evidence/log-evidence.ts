import type { IntegrityReport, Position } from '../event-store.port.js';
import type { AnchorReason } from './chain-mac.js';

/** The newest anchor as the anchor schedule needs it. */
export interface AnchorMark {
  readonly position: Position;
  /** Events the log held when anchored; where positions are dense (SQLite) the position is that count. */
  readonly count?: number;
  readonly at: string;
  readonly reason: AnchorReason;
}

export interface SlicedVerification {
  /** Events verified between two turns of the event loop. */
  readonly sliceEvents: number;
  /** Events verified so far, of the events up to the head the verification began at. */
  readonly onProgress: (checked: number, of: number) => void;
  /** Stops it between two slices: the store is closing. */
  readonly signal: AbortSignal;
}

/**
 * What the integrity monitor and the anchor schedule need of a store's tamper evidence: the SQLite
 * store's HMAC chain over the log, or EventStoreDB's chains per stream (verified asynchronously, as
 * they are read from a server).
 */
export interface LogEvidence {
  verifyChain(): IntegrityReport | Promise<IntegrityReport>;
  /**
   * What was appended since the last verification. `maxEvents` bounds one call where the walk holds the
   * event loop (SQLite); a store that awaits each read (EventStoreDB) may walk the whole tail.
   */
  verifyTail(maxEvents?: number): IntegrityReport | Promise<IntegrityReport>;
  /**
   * verifyChain up to the head the log holds now, leaving the event loop free between slices; what is
   * appended meanwhile is left to the next verifyTail. Absent where verifyChain already awaits each read.
   */
  verifyInSlices?(options: SlicedVerification): Promise<IntegrityReport>;
  headPosition(): Promise<Position | null>;
  lastAnchor(): AnchorMark | null;
  anchor(reason: AnchorReason): Promise<AnchorMark | null>;
  /** Told, after each local append, how many events the log holds as far as this process knows. */
  onAppend(listener: (ordinal: number) => void): () => void;
}

/** The events an anchor accounts for, comparable with the ordinal `onAppend` reports. */
export const anchoredCount = (anchor: AnchorMark | null): number => (anchor === null ? 0 : (anchor.count ?? Number(anchor.position)));
