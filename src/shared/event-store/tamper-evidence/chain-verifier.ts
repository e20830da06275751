import type { Anchor } from './anchor-file.js';
import { type AuditKey, type ChainedEvent, chainMac } from './chain-mac.js';
import { altered, anchorMismatch, type ChainBreak, forged, missing, truncated } from './chain-breaks.js';
import { INTEGRITY_BREAK_ACKNOWLEDGED, LOG_ANCHORED } from '../../domain/log-events.js';

export type StoredChainEvent = ChainedEvent & { readonly mac: string };

/** The last event verified: the walk goes on from its MAC. Position 0 and '' before the first event. */
export interface ChainCheckpoint {
  readonly position: number;
  readonly mac: string;
}

export interface ChainWalkInput {
  readonly key: AuditKey;
  readonly rows: Iterable<StoredChainEvent>;
  readonly from: ChainCheckpoint;
  readonly anchors: readonly Anchor[];
  /**
   * Where the log holds acknowledgements, by the broken position they name (String(null) for an anchor
   * line that claims none). An acknowledgement counts only once the walk has verified its own event,
   * after the break: a forged or self-acknowledging event acknowledges nothing.
   */
  readonly acknowledgements: ReadonlyMap<string, readonly number[]>;
}

export interface ChainWalk {
  readonly checked: number;
  /** The last event reached, verified or passed over under an acknowledgement. */
  readonly last: ChainCheckpoint;
  /** Breaks passed over because an operator acknowledged them, in log order. */
  readonly passed: readonly ChainBreak[];
  /** The first break nobody acknowledged; the walk stops there. */
  readonly stoppedAt: ChainBreak | null;
  /** Positions of the anchor events the walk verified. */
  readonly anchorEvents: readonly number[];
  /** Positions of the acknowledgement events whose own MAC the walk verified (not merely passed over). */
  readonly acknowledgementEvents: readonly number[];
}

export const breakKey = (position: number | null) => String(position);

/**
 * Walks the log in position order, recomputing each MAC from the previous one. Stops at the first
 * break nobody acknowledged; passes over an acknowledged one by taking the stored MAC as the new
 * starting point (what follows is verified again; the acknowledged event itself cannot be).
 */
export function walkChain(input: ChainWalkInput): ChainWalk {
  const steps = walkPassingAcknowledged(input, Number.POSITIVE_INFINITY);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return settle(input, step.value);
}

export interface SliceOptions {
  /** Events verified between two turns of the event loop. */
  readonly sliceEvents: number;
  /** Told the events verified so far after every slice. */
  readonly onProgress?: (checked: number) => void;
  /** Stops the walk between two slices (the store is closing). */
  readonly signal?: AbortSignal;
}

/**
 * The same walk as walkChain, giving the event loop a turn after every slice: requests are answered
 * while a long log is verified. The rows must not hold a statement open across slices (page them).
 */
export async function walkChainInSlices(input: ChainWalkInput, { sliceEvents, onProgress, signal }: SliceOptions): Promise<ChainWalk> {
  const steps = walkPassingAcknowledged(input, sliceEvents);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return settle(input, step.value);
    onProgress?.(step.value);
    await new Promise<void>((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
  }
}

/** An acknowledgement counts only once the walk has verified its own event: one that did not is no acknowledgement. */
function settle(input: ChainWalkInput, walk: RawWalk): ChainWalk {
  const verified = new Set(walk.acknowledgementEvents);
  // Events after the stop were not reached: an acknowledgement there is not yet known good or bad,
  // and the stop itself is the break to report (acknowledging it lets the walk reach the others).
  const reached = (at: number) => walk.stoppedAt?.position == null || at <= walk.stoppedAt.position;
  const unfounded = walk.passed.findIndex(({ found }) => {
    const after = (input.acknowledgements.get(breakKey(found.position)) ?? []).filter((at) => at > (found.position ?? 0));
    return !after.some((at) => verified.has(at) || !reached(at));
  });
  const passed = walk.passed.map((p) => p.found);
  if (unfounded < 0) return { ...walk, passed };
  const { checkedBefore, lastBefore, found } = walk.passed[unfounded];
  const before = (p: number) => p <= lastBefore.position;
  return {
    checked: checkedBefore,
    last: lastBefore,
    passed: passed.slice(0, unfounded),
    stoppedAt: found,
    anchorEvents: walk.anchorEvents.filter(before),
    acknowledgementEvents: walk.acknowledgementEvents.filter(before),
  };
}

interface Passed {
  readonly found: ChainBreak;
  readonly checkedBefore: number;
  readonly lastBefore: ChainCheckpoint;
}

interface RawWalk extends Omit<ChainWalk, 'passed'> {
  readonly passed: readonly Passed[];
}

/** Yields the events checked so far after every `sliceEvents`, and returns the walk. */
function* walkPassingAcknowledged(
  { key, rows, from, anchors, acknowledgements }: ChainWalkInput,
  sliceEvents: number,
): Generator<number, RawWalk, void> {
  const anchorsAt = new Map<number, Anchor[]>();
  for (const anchor of anchors) anchorsAt.set(anchor.position, [...(anchorsAt.get(anchor.position) ?? []), anchor]);
  const iterator = rows[Symbol.iterator]();
  let peeked: IteratorResult<StoredChainEvent> | null = null;
  const next = () => (peeked ? ((r) => ((peeked = null), r))(peeked) : iterator.next());
  const peek = () => (peeked ??= iterator.next());

  let last = from;
  let checked = 0;
  const passed: Passed[] = [];
  const anchorEvents: number[] = [];
  const acknowledgementEvents: number[] = [];
  const stop = (found: ChainBreak) => {
    iterator.return?.();
    return { checked, last, passed, stoppedAt: found, anchorEvents, acknowledgementEvents };
  };
  /** True when the break may be passed over; the acknowledgement itself is checked once the walk is done. */
  const pass = (found: ChainBreak): boolean => {
    if (!acknowledgements.has(breakKey(found.position))) return false;
    passed.push({ found, checkedBefore: checked, lastBefore: last });
    return true;
  };

  for (let step = next(); !step.done; step = next()) {
    const row = step.value;
    const expected = last.position + 1;
    let linked = chainMac(key, last.mac, row) === row.mac;
    const vouchedFor = linked && row.position === expected;
    if (row.position > expected) {
      const gap = missing(expected, row.position - 1, anchors);
      if (!pass(gap)) return stop(gap);
      // After an acknowledged gap the first event's predecessor is gone: its stored MAC is taken as is.
      linked = true;
    }
    if (!linked) {
      const following = peek();
      const chainHolds = !following.done && chainMac(key, row.mac, following.value) === following.value.mac;
      const found = following.done || chainHolds ? altered(row.position) : forged(row.position);
      if (!pass(found)) return stop(found);
    }
    for (const anchor of anchorsAt.get(row.position) ?? []) {
      if (anchor.mac === row.mac) continue;
      const found = anchorMismatch(anchor);
      if (!pass(found)) return stop(found);
    }
    if (row.type === LOG_ANCHORED) anchorEvents.push(row.position);
    if (row.type === INTEGRITY_BREAK_ACKNOWLEDGED && vouchedFor) acknowledgementEvents.push(row.position);
    checked += 1;
    last = { position: row.position, mac: row.mac };
    if (checked % sliceEvents === 0) yield checked;
  }
  const beyond = anchors.filter((a) => a.position > last.position).sort((a, b) => b.position - a.position)[0];
  if (beyond) {
    const found = truncated(last.position, beyond);
    if (!pass(found)) return stop(found);
  }
  return { checked, last, passed, stoppedAt: null, anchorEvents, acknowledgementEvents };
}
