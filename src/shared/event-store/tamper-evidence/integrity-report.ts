import type { IntegrityReport } from '../event-store.port.js';
import type { Anchor } from './anchor-file.js';
import type { ChainBreak } from './chain-breaks.js';
import { breakKey, type ChainWalk } from './chain-verifier.js';

export interface ReportInput {
  readonly walk: ChainWalk;
  /** Breaks found outside the walk: anchor lines not to be trusted, anchors missing from the file. */
  readonly outside: readonly ChainBreak[];
  readonly acknowledgements: ReadonlyMap<string, readonly number[]>;
  readonly anchors: readonly Anchor[];
}

/** Puts a walk and the anchor file's faults into the one report every reader gets. */
export function integrityReport({ walk, outside, acknowledgements, anchors }: ReportInput): IntegrityReport {
  const verifiedAcknowledgements = new Set(walk.acknowledgementEvents);
  const acknowledged = (b: ChainBreak) => (acknowledgements.get(breakKey(b.position)) ?? []).some((at) => verifiedAcknowledgements.has(at));
  const open = [...(walk.stoppedAt ? [walk.stoppedAt] : []), ...outside.filter((b) => !acknowledged(b))].sort(byPosition);
  const passed = [...walk.passed, ...outside.filter(acknowledged)].sort(byPosition);
  const problem = open[0] ?? null;
  const newest = anchors.reduce<Anchor | null>((a, b) => (a === null || b.position > a.position ? b : a), null);
  const lastAnchor = newest && { position: newest.position, at: newest.at };
  const intactUpTo = walk.last.position > 0 ? walk.last.position : null;
  const broken = [...open, ...passed].map((b) => b.position).filter((p): p is number => p !== null);
  const status = problem ? 'broken' : passed.length > 0 ? 'acknowledged' : 'intact';
  return {
    valid: status === 'intact',
    status,
    checked: walk.checked,
    intactUpTo,
    firstBrokenPosition: broken.length > 0 ? Math.min(...broken) : null,
    problem,
    acknowledged: passed,
    lastAnchor,
    summary: summaryOf(problem, passed, intactUpTo, lastAnchor),
  };
}

function summaryOf(
  problem: ChainBreak | null,
  passed: readonly ChainBreak[],
  intactUpTo: number | null,
  lastAnchor: { position: number; at: string } | null,
): string {
  const anchor = lastAnchor ? `last anchor ${lastAnchor.position} at ${lastAnchor.at}` : 'no anchor yet';
  const upTo = intactUpTo === null ? 'nothing verified' : `intact up to position ${intactUpTo}`;
  const excepted = passed.length > 0 ? ` except acknowledged break(s) at ${passed.map((b) => String(b.position)).join(', ')}` : '';
  if (problem) return `broken at position ${String(problem.position)} (${problem.code}): ${problem.detail}; ${upTo}${excepted}, ${anchor}`;
  return `${intactUpTo === null ? 'empty log' : upTo}${excepted}, ${anchor}`;
}

function byPosition(a: ChainBreak, b: ChainBreak): number {
  return (a.position ?? 0) - (b.position ?? 0);
}
