import { createHash } from 'node:crypto';
import type { BreakCode } from '../tamper-evidence/chain-breaks.js';
import type { AnchorReason } from '../tamper-evidence/chain-mac.js';

/** A break on EventStoreDB: its position is the `$all` token of the event concerned. */
export interface StreamChainBreak {
  readonly position: string | null;
  readonly code: BreakCode;
  readonly detail: string;
}

/** A stream's newest event as the walk has seen it. */
export interface StreamHead {
  readonly revision: number;
  readonly mac: string;
}

/**
 * What an anchor on EventStoreDB vouches for: at this `$all` position the log held `count` events and
 * its streams' heads had this digest. A stream cut short or deleted before the anchor changes both.
 */
export interface StreamAnchor {
  readonly position: string;
  readonly count: number;
  readonly heads: string;
  readonly at: string;
  readonly reason: AnchorReason;
}

/** One digest over every stream's (name, revision, MAC), in stream-name order: no stream can drop out unseen. */
export function headsDigest(heads: ReadonlyMap<string, StreamHead>): string {
  const hash = createHash('sha256').update('daeb-stream-heads/1');
  for (const stream of [...heads.keys()].sort()) {
    const head = heads.get(stream) as StreamHead;
    hash.update('\n').update(JSON.stringify([stream, head.revision, head.mac]));
  }
  return hash.digest('hex');
}

const at = (stream: string, revision: number) => `stream ${stream} revision ${revision}`;

export function missingInStream(position: string, stream: string, from: number, to: number): StreamChainBreak {
  const range = from === to ? `revision ${from} is` : `revisions ${from} to ${to} are`;
  return { position, code: 'missing', detail: `${range} missing from stream ${stream}: events were removed before ${at(stream, to + 1)}` };
}

export function outOfOrder(position: string, stream: string, revision: number, head: number): StreamChainBreak {
  return {
    position,
    code: 'altered',
    detail: `${at(stream, revision)} comes after revision ${head} in the log: the stream's history was reordered or rewritten`,
  };
}

export function alteredInStream(position: string, stream: string, revision: number): StreamChainBreak {
  return {
    position,
    code: 'altered',
    detail: `${at(stream, revision)} does not match its MAC: it was changed after it was recorded, or its MAC was not made with AUDIT_KEY`,
  };
}

export function forgedInStream(position: string, stream: string, revision: number): StreamChainBreak {
  return {
    position,
    code: 'forged',
    detail: `the MACs of stream ${stream} from revision ${revision} on were not made with AUDIT_KEY: the chain was recomputed without the key`,
  };
}

export function unsigned(position: string, stream: string, revision: number): StreamChainBreak {
  return { position, code: 'forged', detail: `${at(stream, revision)} carries no MAC: it was not written by this service with AUDIT_KEY` };
}

export function anchoredEventMissing(anchor: StreamAnchor): StreamChainBreak {
  return {
    position: anchor.position,
    code: 'missing',
    detail: `the event anchored at position ${anchor.position} at ${anchor.at} is no longer in the log`,
  };
}

export function anchorStateDiffers(anchor: StreamAnchor, count: number): StreamChainBreak {
  const fewer = count < anchor.count ? `${anchor.count - count} event(s) fewer than` : `not the streams' heads of`;
  return {
    position: anchor.position,
    code: count < anchor.count ? 'missing' : 'anchor-mismatch',
    detail: `the log up to position ${anchor.position} holds ${fewer} the anchor of ${anchor.at}: a stream was cut short, deleted or rewritten before it`,
  };
}

export function truncatedAfter(last: string | null, anchor: StreamAnchor): StreamChainBreak {
  return {
    position: anchor.position,
    code: 'truncated',
    detail: `the log ends at position ${last ?? '(empty)'} but was anchored at position ${anchor.position} at ${anchor.at}: its tail was removed`,
  };
}
