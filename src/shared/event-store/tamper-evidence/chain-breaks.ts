import type { Anchor, AnchorFault } from './anchor-file.js';

// The breaks a verification can find, each with the sentence an operator reads.

export type BreakCode = 'altered' | 'forged' | 'missing' | 'truncated' | 'anchor-mismatch' | 'anchor-forged' | 'anchor-missing';

export interface ChainBreak {
  readonly position: number | null;
  readonly code: BreakCode;
  readonly detail: string;
}

export function missing(from: number, to: number, anchors: readonly Anchor[]): ChainBreak {
  const range = from === to ? `event ${from} is missing` : `events ${from} to ${to} are missing`;
  const anchored = anchors.some((a) => a.position >= from && a.position <= to) ? ', including an anchored one' : '';
  return { position: from, code: 'missing', detail: `${range} from the log${anchored}` };
}

export function altered(position: number): ChainBreak {
  return { position, code: 'altered', detail: `event ${position} does not match its MAC: it was changed after it was recorded` };
}

export function forged(position: number): ChainBreak {
  return {
    position,
    code: 'forged',
    detail: `the MACs from event ${position} on were not made with AUDIT_KEY: the chain was recomputed without the key`,
  };
}

export function anchorMismatch(anchor: Anchor): ChainBreak {
  return {
    position: anchor.position,
    code: 'anchor-mismatch',
    detail: `event ${anchor.position} is not the one anchored at ${anchor.at}: the history up to it was rewritten`,
  };
}

export function truncated(head: number, anchor: Anchor): ChainBreak {
  return {
    position: head + 1,
    code: 'truncated',
    detail: `the log ends at position ${head} but was anchored at position ${anchor.position} at ${anchor.at}: its tail was removed`,
  };
}

/**
 * Anchor events the log recorded but the anchor file does not hold: the file was cut or replaced. The
 * newest may lack its line after a crash between the append and the file write, so it is spared.
 */
export function anchorsMissingFromFile(anchorEvents: readonly number[], anchors: readonly Anchor[]): readonly ChainBreak[] {
  const inFile = new Set(anchors.map((a) => a.position));
  return anchorEvents
    .slice(0, -1)
    .filter((position) => !inFile.has(position))
    .map((position) => ({
      position,
      code: 'anchor-missing' as const,
      detail: `the log recorded an anchor at position ${position} that the anchor file does not hold: the anchor file was cut or replaced`,
    }));
}

export function anchorFaultBreak(fault: AnchorFault): ChainBreak {
  return { position: fault.position, code: 'anchor-forged', detail: fault.detail };
}
