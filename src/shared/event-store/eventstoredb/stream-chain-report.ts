import type { IntegrityReport } from '../event-store.port.js';
import { assembleIntegrityReport } from '../tamper-evidence/integrity-report.js';
import { comparePositionTokens } from './position-token.js';
import type { StreamAnchor, StreamChainBreak } from './stream-chain-breaks.js';

export interface StreamChainWalk {
  readonly checked: number;
  readonly last: string | null;
  readonly passed: readonly StreamChainBreak[];
  readonly stoppedAt: StreamChainBreak | null;
  readonly anchorEvents: readonly string[];
  /** Positions of the acknowledgement events whose own MAC the walk verified. */
  readonly acknowledgementEvents: readonly string[];
}

export interface StreamChainReportInput {
  readonly walk: StreamChainWalk;
  /** Breaks found outside the walk: anchor lines not to be trusted, anchor events missing from the file. */
  readonly outside: readonly StreamChainBreak[];
  readonly acknowledged: (found: StreamChainBreak) => boolean;
  readonly anchors: readonly StreamAnchor[];
}

/** The same report as the SQLite store's (integrity-report.ts), over `$all` tokens instead of dense positions. */
export function streamChainReport({ walk, outside, acknowledged, anchors }: StreamChainReportInput): IntegrityReport {
  return assembleIntegrityReport({
    checked: walk.checked,
    intactUpTo: walk.last,
    stoppedAt: walk.stoppedAt,
    passed: walk.passed,
    outside,
    acknowledged,
    anchors,
    compare: comparePositionTokens,
  });
}
