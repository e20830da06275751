import type { IntegrityReport } from '../event-store.port.js';
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

const byPosition = (a: StreamChainBreak, b: StreamChainBreak) =>
  a.position === null ? -1 : b.position === null ? 1 : comparePositionTokens(a.position, b.position);

/** The same report as the SQLite store's (integrity-report.ts), over `$all` tokens instead of dense positions. */
export function streamChainReport({ walk, outside, acknowledged, anchors }: StreamChainReportInput): IntegrityReport {
  const open = [...(walk.stoppedAt ? [walk.stoppedAt] : []), ...outside.filter((b) => !acknowledged(b))].sort(byPosition);
  const passed = [...walk.passed, ...outside.filter(acknowledged)].sort(byPosition);
  const problem = open[0] ?? null;
  const newest = [...anchors].sort((a, b) => comparePositionTokens(b.position, a.position))[0] ?? null;
  const lastAnchor = newest && { position: newest.position, at: newest.at };
  const broken = [...open, ...passed].filter((b) => b.position !== null).sort(byPosition);
  const status = problem ? 'broken' : passed.length > 0 ? 'acknowledged' : 'intact';
  return {
    valid: status === 'intact',
    status,
    checked: walk.checked,
    intactUpTo: walk.last,
    firstBrokenPosition: broken[0]?.position ?? null,
    problem,
    acknowledged: passed,
    lastAnchor,
    summary: summaryOf(problem, passed, walk.last, lastAnchor),
  };
}

function summaryOf(
  problem: StreamChainBreak | null,
  passed: readonly StreamChainBreak[],
  intactUpTo: string | null,
  lastAnchor: { position: string; at: string } | null,
): string {
  const anchor = lastAnchor ? `last anchor ${lastAnchor.position} at ${lastAnchor.at}` : 'no anchor yet';
  const upTo = intactUpTo === null ? 'nothing verified' : `intact up to position ${intactUpTo}`;
  const excepted = passed.length > 0 ? ` except acknowledged break(s) at ${passed.map((b) => String(b.position)).join(', ')}` : '';
  if (problem) return `broken at position ${String(problem.position)} (${problem.code}): ${problem.detail}; ${upTo}${excepted}, ${anchor}`;
  return `${intactUpTo === null ? 'empty log' : upTo}${excepted}, ${anchor}`;
}
