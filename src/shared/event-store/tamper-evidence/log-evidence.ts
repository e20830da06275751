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

/**
 * What the integrity monitor and the anchor schedule need of a store's tamper evidence: the SQLite
 * store's HMAC chain over the log, or EventStoreDB's chains per stream (verified asynchronously, as
 * they are read from a server).
 */
export interface LogEvidence {
  verifyChain(): IntegrityReport | Promise<IntegrityReport>;
  verifyTail(): IntegrityReport | Promise<IntegrityReport>;
  headPosition(): Promise<Position | null>;
  lastAnchor(): AnchorMark | null;
  anchor(reason: AnchorReason): Promise<AnchorMark | null>;
  /** Told, after each local append, how many events the log holds as far as this process knows. */
  onAppend(listener: (ordinal: number) => void): () => void;
}

/** The events an anchor accounts for, comparable with the ordinal `onAppend` reports. */
export const anchoredCount = (anchor: AnchorMark | null): number => (anchor === null ? 0 : (anchor.count ?? Number(anchor.position)));
