import { randomUUID } from 'node:crypto';
import type { EventStore, IntegrityReport, Position } from '../event-store.port.js';
import type { AnchorReason, AuditKey } from '../tamper-evidence/chain-mac.js';
import type { AnchorMark, LogEvidence } from '../tamper-evidence/log-evidence.js';
import { ANCHOR_STREAM, INTEGRITY_BREAK_ACKNOWLEDGED, INTEGRITY_STREAM, LOG_ANCHORED } from '../../domain/log-events.js';
import { comparePositionTokens } from './position-token.js';
import type { StreamAnchorFile } from './stream-anchor-file.js';
import type { StreamAnchor, StreamChainBreak } from './stream-chain-breaks.js';
import { storedMac } from './stream-chain-mac.js';
import { streamChainReport } from './stream-chain-report.js';
import { type ChainRecord, StreamChainWalker } from './stream-chain-walker.js';

/** What the evidence reads and writes through the adapter; a spec hands it records as pure data. */
export interface ChainRecordSource {
  /** The service's events of `$all` (no system events) strictly after `after`, in log order. */
  recordsAfter(after: string | null): AsyncIterable<ChainRecord & { readonly recordedAt: string }>;
  /** The event at exactly this position, or null when there is none any more. */
  recordAt(position: string): Promise<ChainRecord | null>;
  readonly append: EventStore['append'];
  readonly readStream: EventStore['readStream'];
  headPosition(): Promise<Position | null>;
}

/**
 * The EventStoreDB log's tamper evidence: per-stream HMAC chains, checked by one walk over `$all`,
 * and signed anchors of the log's state. The walker is kept between verifications, so /health reads
 * only the tail; walks take turns, as an anchor walks the log up to its own event.
 */
export class StreamChainEvidence implements LogEvidence {
  private walker: StreamChainWalker | null = null;
  private anchors: StreamAnchor[] | null = null;
  private faults: readonly StreamChainBreak[] = [];
  private acknowledgements = new Map<string, string[]>();
  private appendedSinceWalk = 0;
  private readonly listeners = new Set<(ordinal: number) => void>();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: ChainRecordSource,
    private readonly key: AuditKey,
    private readonly anchorFile: StreamAnchorFile | null,
  ) {}

  verifyChain(): Promise<IntegrityReport> {
    return this.inTurn(async () => this.report(await this.walkAll()));
  }

  /** What was appended since the last walk, once the last event walked is found still there unchanged. */
  verifyTail(): Promise<IntegrityReport> {
    return this.inTurn(async () => {
      const walker = this.walker;
      const last = walker?.position ?? null;
      const still = last === null ? null : await this.source.recordAt(last);
      if (!walker || (last !== null && (still === null || storedMac(still.metadata) !== walker.lastMac))) {
        return this.report(await this.walkAll());
      }
      await this.advance(walker, null);
      walker.end();
      return this.report(walker);
    });
  }

  headPosition(): Promise<Position | null> {
    return this.source.headPosition();
  }

  lastAnchor(): AnchorMark | null {
    this.anchors ??= [...(this.anchorFile?.read().anchors ?? [])];
    return [...this.anchors].sort((a, b) => comparePositionTokens(b.position, a.position))[0] ?? null;
  }

  /**
   * Records the anchor as an event first, walks the log up to it, then signs the state there: so the
   * anchor event is itself covered, and deleting it leaves the log short of its anchor.
   */
  anchor(reason: AnchorReason): Promise<AnchorMark | null> {
    const file = this.anchorFile;
    if (!file) return Promise.resolve(null);
    return this.inTurn(async () => {
      const walker = this.walker ?? (await this.walkAll());
      if (walker.stopped) throw new Error('no anchor over a log that does not verify: see GET /audit/integrity');
      const id = randomUUID();
      const metadata = { actor: 'daeb-service', role: 'system', correlationId: id, causationId: id };
      const { position } = await this.source.append(
        ANCHOR_STREAM,
        [{ id, type: LOG_ANCHORED, schemaVersion: 1, data: { reason }, metadata }],
        { expectedRevision: 'any' },
      );
      const reached = await this.advance(walker, String(position));
      const state = walker.state();
      if (walker.stopped || !reached || state.position !== String(position)) {
        throw new Error(`no anchor over a log that does not verify up to position ${String(position)}: see GET /audit/integrity`);
      }
      const anchor: StreamAnchor = { position: String(position), count: state.count, heads: state.heads, at: reached.recordedAt, reason };
      file.append(anchor);
      (this.anchors ??= []).push(anchor);
      return anchor;
    });
  }

  /** Told after each append of this process; the ordinal counts the events walked and appended since. */
  onAppend(listener: (ordinal: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  appended(events: number): void {
    this.appendedSinceWalk += events;
    const ordinal = (this.walker?.walked ?? 0) + this.appendedSinceWalk;
    for (const listener of this.listeners) listener(ordinal);
  }

  private async walkAll(): Promise<StreamChainWalker> {
    const reading = this.anchorFile?.read() ?? { anchors: [], faults: [] };
    this.anchors = [...reading.anchors];
    this.faults = reading.faults;
    this.acknowledgements = await this.readAcknowledgements();
    const walker = new StreamChainWalker(this.key, this.anchors, this.acknowledgements);
    this.walker = walker;
    await this.advance(walker, null);
    walker.end();
    return walker;
  }

  /** Walks on from the walker's position, up to and including `until` (to the end when null); the record at `until` if reached. */
  private async advance(walker: StreamChainWalker, until: string | null) {
    this.appendedSinceWalk = 0;
    let reached: (ChainRecord & { readonly recordedAt: string }) | null = null;
    for await (const record of this.source.recordsAfter(walker.position)) {
      if (!walker.stopped && until !== null && comparePositionTokens(record.position, until) > 0) break;
      if (!walker.stopped && record.position === until) reached = record;
      if (!walker.feed(record)) break;
    }
    return reached;
  }

  private report(walker: StreamChainWalker): IntegrityReport {
    const walk = walker.result();
    const verifiedAcknowledgements = new Set(walk.acknowledgementEvents);
    const acknowledged = (found: StreamChainBreak) =>
      (this.acknowledgements.get(String(found.position)) ?? []).some((at) => verifiedAcknowledgements.has(at));
    const report = streamChainReport({
      walk,
      outside: [...this.faults, ...this.missingFromFile(walk)],
      acknowledged,
      anchors: this.anchors ?? [],
    });
    if (report.status === 'broken') this.walker = null;
    return report;
  }

  /** Anchor events the log holds but the file does not: the file was cut or replaced. The newest may lack its line after a crash. */
  private missingFromFile(walk: { readonly anchorEvents: readonly string[]; readonly stoppedAt: StreamChainBreak | null }) {
    if (walk.stoppedAt) return [];
    const inFile = new Set((this.anchors ?? []).map((a) => a.position));
    return walk.anchorEvents
      .slice(0, -1)
      .filter((position) => !inFile.has(position))
      .map((position): StreamChainBreak => ({
        position,
        code: 'anchor-missing',
        detail: `the log recorded an anchor at position ${position} that the anchor file does not hold: the anchor file was cut or replaced`,
      }));
  }

  /** Only the acknowledgements' own stream: one written anywhere else was not written by this service. */
  private async readAcknowledgements(): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const event of await this.source.readStream(INTEGRITY_STREAM)) {
      if (event.type !== INTEGRITY_BREAK_ACKNOWLEDGED) continue;
      const named = (event.data as { position?: unknown }).position;
      if (named !== null && typeof named !== 'string') continue;
      found.set(String(named), [...(found.get(String(named)) ?? []), String(event.position)]);
    }
    return found;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work, work);
    this.turn = next.catch(() => undefined);
    return next;
  }
}
