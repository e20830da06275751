import type { IntegrityReport, Position } from '../event-store.port.js';
import type { Anchor } from './anchor-file.js';
import type { AnchorReason } from './chain-mac.js';

/**
 * What the integrity monitor and the anchor schedule need of a store's tamper evidence: the SQLite
 * store's HMAC chain and anchors, or an adapter's own account of what it can vouch for.
 */
export interface LogEvidence {
  verifyChain(): IntegrityReport;
  verifyTail(): IntegrityReport;
  headPosition(): Promise<Position | null>;
  lastAnchor(): Anchor | null;
  anchor(reason: AnchorReason): Promise<Anchor | null>;
  onAppend(listener: (position: number) => void): () => void;
}
