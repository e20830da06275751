import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHOR_REASONS, appendLineDurably, readSignedLines, type SignedClaim } from '../tamper-evidence/anchor-file.js';
import type { AuditKey } from '../tamper-evidence/chain-mac.js';
import { parsePositionToken } from './position-token.js';
import type { StreamAnchor, StreamChainBreak } from './stream-chain-breaks.js';

/** Signs an EventStoreDB anchor under its own label: neither an event MAC nor a SQLite anchor can pass for one. */
export function streamAnchorSignature(key: AuditKey, anchor: StreamAnchor): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['daeb-esdb-anchor/1', anchor.position, anchor.count, anchor.heads, anchor.at, anchor.reason]))
    .digest('hex');
}

/**
 * The EventStoreDB anchors, one signed line each, in a file of their own in ANCHOR_DIR: a service
 * moved from SQLite keeps its old anchors.jsonl beside it, and neither is read as the other.
 */
export class StreamAnchorFile {
  readonly path: string;

  constructor(
    dir: string,
    private readonly key: AuditKey,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, 'eventstoredb-anchors.jsonl');
  }

  append(anchor: StreamAnchor): void {
    appendLineDurably(this.path, JSON.stringify({ ...anchor, signature: streamAnchorSignature(this.key, anchor) }));
  }

  /** The anchors signed with AUDIT_KEY, and a break for every line that is not one. */
  read(): { readonly anchors: readonly StreamAnchor[]; readonly faults: readonly StreamChainBreak[] } {
    const anchors: StreamAnchor[] = [];
    const faults: StreamChainBreak[] = [];
    for (const { line, claim, signed } of readSignedLines(this.path, parseAnchor, (a) => streamAnchorSignature(this.key, a))) {
      if (!claim) faults.push({ position: null, code: 'anchor-forged', detail: `anchor line ${line} is not a readable anchor` });
      else if (!signed)
        faults.push({ position: claim.position, code: 'anchor-forged', detail: `anchor line ${line} is not signed with AUDIT_KEY` });
      else anchors.push(claim);
    }
    return { anchors, faults };
  }
}

function parseAnchor(fields: Record<string, unknown>): SignedClaim<StreamAnchor> | null {
  const { position, count, heads, at, reason, signature } = fields;
  if (typeof position !== 'string' || parsePositionToken(position) === null) return null;
  if (typeof count !== 'number' || !Number.isSafeInteger(count)) return null;
  if (typeof heads !== 'string' || typeof at !== 'string' || typeof signature !== 'string') return null;
  const known = ANCHOR_REASONS.find((r) => r === reason);
  return known ? { claim: { position, count, heads, at, reason: known }, signature } : null;
}
