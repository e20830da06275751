import { timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type AnchorClaim, type AnchorReason, anchorSignature, type AuditKey } from './chain-mac.js';

export type Anchor = AnchorClaim;

/** A line of the anchor file that cannot be trusted: unreadable, or not signed with AUDIT_KEY. */
export interface AnchorFault {
  readonly line: number;
  /** The position the line claims, when it can be read. */
  readonly position: number | null;
  readonly detail: string;
}

export interface AnchorReading {
  readonly anchors: readonly Anchor[];
  readonly faults: readonly AnchorFault[];
}

/** Why an anchor was taken; the anchor files of every store use the same reasons. */
export const ANCHOR_REASONS: readonly AnchorReason[] = ['count', 'interval', 'shutdown'];

/**
 * The anchor writer: one signed line per anchor, appended and fsynced, never rewritten. It lives in
 * ANCHOR_DIR, outside DATA_DIR, so that whoever can rewrite the log still has to reach a second place
 * (in production another volume or a WORM bucket) to hide a truncated tail.
 */
export class AnchorFile {
  readonly path: string;

  constructor(
    dir: string,
    private readonly key: AuditKey,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, 'anchors.jsonl');
  }

  append(claim: AnchorClaim): void {
    appendLineDurably(this.path, JSON.stringify({ ...claim, signature: anchorSignature(this.key, claim) }));
  }

  read(): AnchorReading {
    const anchors: Anchor[] = [];
    const faults: AnchorFault[] = [];
    for (const { line, claim, signed } of readSignedLines(this.path, parseClaim, (c) => anchorSignature(this.key, c))) {
      if (!claim) faults.push({ line, position: null, detail: `anchor line ${line} is not a readable anchor` });
      else if (!signed) faults.push({ line, position: claim.position, detail: `anchor line ${line} is not signed with AUDIT_KEY` });
      else anchors.push(claim);
    }
    return { anchors, faults };
  }
}

function parseClaim(fields: Record<string, unknown>): SignedClaim<AnchorClaim> | null {
  const { position, mac, at, reason, signature } = fields;
  if (typeof position !== 'number' || !Number.isSafeInteger(position)) return null;
  if (typeof mac !== 'string' || typeof at !== 'string' || typeof signature !== 'string') return null;
  const known = ANCHOR_REASONS.find((r) => r === reason);
  return known ? { claim: { position, mac, at, reason: known }, signature } : null;
}

export interface SignedClaim<T> {
  readonly claim: T;
  readonly signature: string;
}

/** One complete line of a signed-line file: what it claims when readable, and whether AUDIT_KEY signed that. */
export interface SignedLine<T> {
  readonly line: number;
  readonly claim: T | null;
  readonly signed: boolean;
}

/** Reads the anchor files of every store: each line a JSON object whose `signature` covers the rest. */
export function readSignedLines<T>(
  path: string,
  parse: (fields: Record<string, unknown>) => SignedClaim<T> | null,
  sign: (claim: T) => string,
): readonly SignedLine<T>[] {
  return completeLines(path).map((text, index) => {
    const fields = jsonObject(text);
    const parsed = fields && parse(fields);
    if (!parsed) return { line: index + 1, claim: null, signed: false };
    return { line: index + 1, claim: parsed.claim, signed: sameHex(parsed.signature, sign(parsed.claim)) };
  });
}

function jsonObject(text: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** Appends one line and fsyncs it; the anchor files of every store are written so. */
export function appendLineDurably(path: string, text: string): void {
  const created = !existsSync(path);
  // O_APPEND: a line lands after whatever is there, even if another writer appended meanwhile.
  const fd = openSync(path, 'a', 0o640);
  try {
    writeSync(fd, `${text}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) syncDirectory(join(path, '..'));
}

/** The complete lines of an anchor file: a crash in the middle of a write leaves an unterminated last line, an anchor never taken. */
function completeLines(path: string): readonly string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(0, -1) : [];
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A new file's name is durable only once its directory is synced. */
function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
