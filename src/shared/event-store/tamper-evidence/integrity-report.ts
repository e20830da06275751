import type { IntegrityReport, Position } from '../event-store.port.js';
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
  return assembleIntegrityReport({
    checked: walk.checked,
    intactUpTo: walk.last.position > 0 ? walk.last.position : null,
    stoppedAt: walk.stoppedAt,
    passed: walk.passed,
    outside,
    acknowledged: (b: ChainBreak) => (acknowledgements.get(breakKey(b.position)) ?? []).some((at) => verifiedAcknowledgements.has(at)),
    anchors,
    compare: (a: number, b: number) => a - b,
  });
}

export interface PositionedBreak<P extends Position> {
  readonly position: P | null;
  readonly code: string;
  readonly detail: string;
}

/** A verification's findings over positions of either store: SQLite's dense numbers or EventStoreDB's `$all` tokens. */
export interface IntegrityFindings<P extends Position, B extends PositionedBreak<P>> {
  readonly checked: number;
  readonly intactUpTo: P | null;
  readonly stoppedAt: B | null;
  readonly passed: readonly B[];
  readonly outside: readonly B[];
  readonly acknowledged: (found: B) => boolean;
  readonly anchors: readonly { readonly position: P; readonly at: string }[];
  readonly compare: (a: P, b: P) => number;
}

/** The report both stores give: the same status rules and the same summary sentence, whatever a position is. */
export function assembleIntegrityReport<P extends Position, B extends PositionedBreak<P>>(
  findings: IntegrityFindings<P, B>,
): IntegrityReport {
  const { checked, intactUpTo, stoppedAt, passed: walked, outside, acknowledged, anchors, compare } = findings;
  // A break that names no position (an unreadable anchor line) comes first.
  const byPosition = (a: B, b: B) =>
    a.position === null ? (b.position === null ? 0 : -1) : b.position === null ? 1 : compare(a.position, b.position);
  const open = [...(stoppedAt ? [stoppedAt] : []), ...outside.filter((b) => !acknowledged(b))].sort(byPosition);
  const passed = [...walked, ...outside.filter(acknowledged)].sort(byPosition);
  const problem = open[0] ?? null;
  const newest = anchors.reduce<(typeof anchors)[number] | null>(
    (a, b) => (a === null || compare(b.position, a.position) > 0 ? b : a),
    null,
  );
  const lastAnchor = newest && { position: newest.position, at: newest.at };
  const firstBroken = [...open, ...passed].filter((b) => b.position !== null).sort(byPosition)[0];
  const status = problem ? 'broken' : passed.length > 0 ? 'acknowledged' : 'intact';
  return {
    valid: status === 'intact',
    status,
    checked,
    intactUpTo,
    firstBrokenPosition: firstBroken?.position ?? null,
    problem,
    acknowledged: passed,
    lastAnchor,
    summary: summaryOf(problem, passed, intactUpTo, lastAnchor),
  };
}

function summaryOf(
  problem: PositionedBreak<Position> | null,
  passed: readonly PositionedBreak<Position>[],
  intactUpTo: Position | null,
  lastAnchor: { position: Position; at: string } | null,
): string {
  const anchor = lastAnchor ? `last anchor ${lastAnchor.position} at ${lastAnchor.at}` : 'no anchor yet';
  const upTo = intactUpTo === null ? 'nothing verified' : `intact up to position ${intactUpTo}`;
  const excepted = passed.length > 0 ? ` except acknowledged break(s) at ${passed.map((b) => String(b.position)).join(', ')}` : '';
  if (problem) return `broken at position ${String(problem.position)} (${problem.code}): ${problem.detail}; ${upTo}${excepted}, ${anchor}`;
  return `${intactUpTo === null ? 'empty log' : upTo}${excepted}, ${anchor}`;
}
