import type { AuditKey } from '../tamper-evidence/chain-mac.js';
import { ANCHOR_STREAM, INTEGRITY_BREAK_ACKNOWLEDGED, INTEGRITY_STREAM, LOG_ANCHORED } from '../../domain/log-events.js';
import { comparePositionTokens } from './position-token.js';
import { EMPTY_STREAM_HEAD, storedMac, streamEventMac } from './stream-chain-mac.js';
import * as breaks from './stream-chain-breaks.js';
import type { StreamAnchor, StreamChainBreak, StreamHead } from './stream-chain-breaks.js';
import type { StreamChainWalk } from './stream-chain-report.js';

/** An event of `$all` as the walk reads it: pure data, whether from the server or from a spec. */
export interface ChainRecord {
  readonly position: string;
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

interface Passed {
  readonly found: StreamChainBreak;
  readonly checkedBefore: number;
  readonly lastBefore: string | null;
}

/**
 * Walks `$all` in log order and checks each event against its stream's previous MAC, and the log's
 * state at each anchored position against the anchor. Stops at the first break nobody acknowledged;
 * passes over an acknowledged one by taking the stored MAC as the stream's new head. Kept between
 * verifications, it goes on from where it stopped: the tail check of /health reads only what is new.
 */
export class StreamChainWalker {
  private readonly heads = new Map<string, StreamHead>();
  private readonly pending: StreamAnchor[];
  private count = 0;
  private checked = 0;
  private last: string | null = null;
  private lastStream: string | null = null;
  private stoppedAt: StreamChainBreak | null = null;
  /** The event the walk stopped at for a wrong MAC, until the next event of its stream tells why. */
  private suspect: { readonly stream: string; readonly revision: number; readonly mac: string } | null = null;
  private readonly passed: Passed[] = [];
  private readonly anchorEvents: string[] = [];
  private readonly acknowledgementEvents: string[] = [];

  /** `acknowledgements`: the `$all` positions of acknowledgement events, by the break position they name. */
  constructor(
    private readonly key: AuditKey,
    anchors: readonly StreamAnchor[],
    private readonly acknowledgements: ReadonlyMap<string, readonly string[]>,
  ) {
    this.pending = [...anchors].sort((a, b) => comparePositionTokens(a.position, b.position));
  }

  get position(): string | null {
    return this.last;
  }

  /** The MAC of the last event walked: a tail check first makes sure it is still there, unchanged. */
  get lastMac(): string | null {
    return this.lastStream === null ? null : (this.heads.get(this.lastStream)?.mac ?? null);
  }

  /** Events walked so far, in every stream. */
  get walked(): number {
    return this.count;
  }

  get stopped(): boolean {
    return this.stoppedAt !== null;
  }

  /** Hands the walk the next event of `$all`; false once it needs no more. */
  feed(record: ChainRecord): boolean {
    if (!this.stoppedAt) return this.step(record) || this.suspect !== null;
    return this.classify(record);
  }

  /** Checks one event; false once the walk has stopped at a break. */
  step(record: ChainRecord): boolean {
    if (this.stoppedAt) return false;
    while (this.pending.length > 0 && comparePositionTokens(this.pending[0].position, record.position) < 0) {
      if (!this.pass(breaks.anchoredEventMissing(this.pending.shift() as StreamAnchor))) return false;
    }
    const { position, stream, revision } = record;
    const head = this.heads.get(stream) ?? EMPTY_STREAM_HEAD;
    const mac = storedMac(record.metadata);
    let adopted = false;
    if (revision > head.revision + 1) {
      if (!this.pass(breaks.missingInStream(position, stream, head.revision + 1, revision - 1))) return false;
      adopted = true;
    } else if (revision <= head.revision) {
      if (!this.pass(breaks.outOfOrder(position, stream, revision, head.revision))) return false;
      adopted = true;
    }
    const vouchedFor = !adopted && mac !== null && streamEventMac(this.key, head.mac, record) === mac;
    if (!adopted && !vouchedFor) {
      const found = mac === null ? breaks.unsigned(position, stream, revision) : breaks.alteredInStream(position, stream, revision);
      if (!this.pass(found)) {
        if (mac !== null) this.suspect = { stream, revision, mac };
        return false;
      }
    }
    this.heads.set(stream, { revision, mac: mac ?? '' });
    if (stream === ANCHOR_STREAM && record.type === LOG_ANCHORED) this.anchorEvents.push(position);
    if (stream === INTEGRITY_STREAM && record.type === INTEGRITY_BREAK_ACKNOWLEDGED && vouchedFor)
      this.acknowledgementEvents.push(position);
    this.count += 1;
    this.checked += 1;
    this.last = position;
    this.lastStream = stream;
    while (this.pending.length > 0 && this.pending[0].position === position) {
      const anchor = this.pending.shift() as StreamAnchor;
      if (anchor.count === this.count && anchor.heads === breaks.headsDigest(this.heads)) continue;
      if (!this.pass(breaks.anchorStateDiffers(anchor, this.count))) return false;
    }
    return true;
  }

  /**
   * One event changed keeps its stored MAC, so the next event of its stream still chains from it; a
   * chain recomputed without the key does not. False while the stream's next event is still to come.
   */
  private classify(record: ChainRecord): boolean {
    const suspect = this.suspect;
    if (!suspect || !this.stoppedAt) return false;
    if (record.stream !== suspect.stream) return true;
    this.suspect = null;
    const chainHolds =
      record.revision === suspect.revision + 1 && streamEventMac(this.key, suspect.mac, record) === storedMac(record.metadata);
    if (!chainHolds) this.stoppedAt = breaks.forgedInStream(this.stoppedAt.position ?? record.position, suspect.stream, suspect.revision);
    return false;
  }

  /** The log ended: an anchor still ahead means its tail was cut. */
  end(): void {
    const beyond = this.pending[this.pending.length - 1];
    this.pending.length = 0;
    if (!this.stoppedAt && beyond) this.pass(breaks.truncatedAfter(this.last, beyond));
  }

  /** What an anchor taken at the walk's position signs. */
  state(): { readonly position: string | null; readonly count: number; readonly heads: string } {
    return { position: this.last, count: this.count, heads: breaks.headsDigest(this.heads) };
  }

  /**
   * The walk as reported. A passed break stands only on an acknowledgement after it that the walk
   * verified (or has not reached yet, being stopped before it): a forged acknowledgement acknowledges nothing.
   */
  result(): StreamChainWalk {
    const verified = new Set(this.acknowledgementEvents);
    const stop = this.stoppedAt?.position ?? null;
    const reached = (at: string) => stop === null || comparePositionTokens(at, stop) <= 0;
    const unfounded = this.passed.findIndex(({ found }) => {
      const after = (this.acknowledgements.get(String(found.position)) ?? []).filter(
        (at) => found.position === null || comparePositionTokens(at, found.position) > 0,
      );
      return !after.some((at) => verified.has(at) || !reached(at));
    });
    const passed = this.passed.map((p) => p.found);
    const walk = {
      checked: this.checked,
      last: this.last,
      passed,
      stoppedAt: this.stoppedAt,
      anchorEvents: [...this.anchorEvents],
      acknowledgementEvents: [...this.acknowledgementEvents],
    };
    if (unfounded < 0) return walk;
    const { checkedBefore, lastBefore, found } = this.passed[unfounded];
    const before = (at: string) => lastBefore !== null && comparePositionTokens(at, lastBefore) <= 0;
    return {
      checked: checkedBefore,
      last: lastBefore,
      passed: passed.slice(0, unfounded),
      stoppedAt: found,
      anchorEvents: walk.anchorEvents.filter(before),
      acknowledgementEvents: walk.acknowledgementEvents.filter(before),
    };
  }

  /** True when the break may be passed over; false when the walk stops at it. */
  private pass(found: StreamChainBreak): boolean {
    if (this.acknowledgements.has(String(found.position))) {
      this.passed.push({ found, checkedBefore: this.checked, lastBefore: this.last });
      return true;
    }
    this.stoppedAt = found;
    return false;
  }
}
