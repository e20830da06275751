import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../time/clock.js';
import type { AppendResult, EventStore, IntegrityReport } from '../event-store.port.js';
import type { Anchor, AnchorFile } from './anchor-file.js';
import type { AnchorReason, AuditKey } from './chain-mac.js';
import { anchorFaultBreak, anchorsMissingFromFile, type ChainBreak } from './chain-breaks.js';
import { breakKey, type ChainWalk, type StoredChainEvent, walkChain, walkChainInSlices } from './chain-verifier.js';
import type { SlicedVerification } from './log-evidence.js';
import { CHAIN_COLUMNS, pagedChainRows } from './chain-rows.js';
import { canWalkInThread, walkInThread } from './chain-walk-thread.js';
import { ANCHOR_STREAM, INTEGRITY_BREAK_ACKNOWLEDGED, INTEGRITY_STREAM, LOG_ANCHORED } from '../../domain/log-events.js';
import { integrityReport } from './integrity-report.js';
import { preparedStatements } from '../../sqlite/prepared.js';

const ROWS_AFTER = `SELECT ${CHAIN_COLUMNS} FROM events WHERE position > ? ORDER BY position`;
const ROWS_BETWEEN = `SELECT ${CHAIN_COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position`;

/** What the last full verification established, so later checks need only read what was appended since. */
interface Verified {
  readonly walk: ChainWalk;
  readonly outside: readonly ChainBreak[];
  readonly acknowledgements: ReadonlyMap<string, readonly number[]>;
}

/** The SQLite store's tamper evidence: full and tail verification, and anchors. */
export class SqliteTamperEvidence {
  private verified: Verified | null = null;
  private anchors: Anchor[] | null = null;
  /** Counts full verifications, so that a sliced one that ends after a newer one does not replace it. */
  private generation = 0;
  private readonly sql: ReturnType<typeof preparedStatements>;

  constructor(
    private readonly db: Database.Database,
    private readonly key: AuditKey,
    private readonly anchorFile: AnchorFile | null,
    private readonly clock: Clock,
    private readonly append: EventStore['append'],
  ) {
    this.sql = preparedStatements(db);
  }

  /** The whole log from its first event, and the whole anchor file. */
  verifyAll(): IntegrityReport {
    this.generation += 1;
    const reading = this.anchorFile?.read() ?? { anchors: [], faults: [] };
    this.anchors = [...reading.anchors];
    const acknowledgements = this.acknowledgements();
    const walk = walkChain({
      key: this.key,
      rows: this.rowsAfter(0),
      from: { position: 0, mac: '' },
      anchors: this.anchors,
      acknowledgements,
    });
    const missingAnchors = walk.stoppedAt ? [] : anchorsMissingFromFile(walk.anchorEvents, this.anchors);
    const outside = [...reading.faults.map(anchorFaultBreak), ...missingAnchors];
    return this.remember({ walk, outside, acknowledgements });
  }

  /**
   * verifyAll up to the head the log holds now, in a worker thread on its own read-only connection (or
   * a slice at a time on this thread where there is no compiled worker); appends go on meanwhile. A log
   * of one slice or less is walked at once, so that a small log is known before the service listens.
   */
  async verifyInSlices({ sliceEvents, onProgress, signal }: SlicedVerification): Promise<IntegrityReport> {
    const generation = (this.generation += 1);
    const reading = this.anchorFile?.read() ?? { anchors: [], faults: [] };
    this.anchors = [...reading.anchors];
    const acknowledgements = this.acknowledgements();
    const head = this.headPosition();
    onProgress(0, head);
    // Anchors taken meanwhile lie beyond the head walked to: they would read as a cut tail.
    const job = { key: this.key, from: { position: 0, mac: '' }, anchors: [...reading.anchors], acknowledgements };
    const progress = (checked: number) => onProgress(checked, head);
    const inThread = () =>
      walkChainInSlices({ ...job, rows: pagedChainRows(this.db, head, sliceEvents) }, { sliceEvents, onProgress: progress, signal });
    const walk =
      head > sliceEvents && !this.db.memory && canWalkInThread()
        ? await walkInThread({ ...job, file: this.db.name, head, progressEvery: sliceEvents }, progress, signal).catch((error: unknown) => {
            if (signal.aborted) throw error;
            return inThread();
          })
        : await inThread();
    const missingAnchors = walk.stoppedAt ? [] : anchorsMissingFromFile(walk.anchorEvents, reading.anchors);
    const verified = { walk, outside: [...reading.faults.map(anchorFaultBreak), ...missingAnchors], acknowledgements };
    if (generation === this.generation) return this.remember(verified);
    return integrityReport({ ...verified, anchors: this.anchors });
  }

  /**
   * Only what was appended since the last verification, after checking that the last event verified
   * is still there unchanged: cheap enough for every /health. A change further back shows in the next
   * full verification (start, GET /audit/integrity, npm run audit:verify).
   *
   * At most `maxEvents` events when given: a 100 000-row import appends a tail that takes seconds to
   * walk, and /health would hold the event loop that long. The rest is left to the next call; anchors
   * beyond the part walked are then not yet due (the log goes on past it, so they cannot mark a cut).
   */
  verifyTail(maxEvents = Number.POSITIVE_INFINITY): IntegrityReport {
    const base = this.verified;
    if (!base || !this.anchors) return this.verifyAll();
    const { last } = base.walk;
    const still = this.sql<[number], { mac: string }>('SELECT mac FROM events WHERE position = ?').get(last.position);
    if (last.position > 0 && still?.mac !== last.mac) return this.verifyAll();
    const head = this.headPosition();
    const upTo = head - last.position > maxEvents ? last.position + maxEvents : head;
    const tail = walkChain({
      key: this.key,
      rows: this.db.prepare<[number, number], StoredChainEvent>(ROWS_BETWEEN).iterate(last.position, upTo),
      from: last,
      anchors: upTo === head ? this.anchors : this.anchors.filter((anchor) => anchor.position <= upTo),
      acknowledgements: base.acknowledgements,
    });
    const walk: ChainWalk = {
      checked: base.walk.checked + tail.checked,
      last: tail.last,
      passed: [...base.walk.passed, ...tail.passed],
      stoppedAt: tail.stoppedAt,
      anchorEvents: [...base.walk.anchorEvents, ...tail.anchorEvents],
      acknowledgementEvents: [...base.walk.acknowledgementEvents, ...tail.acknowledgementEvents],
    };
    return this.remember({ ...base, walk });
  }

  lastAnchor(): Anchor | null {
    this.anchors ??= [...(this.anchorFile?.read().anchors ?? [])];
    return this.anchors.reduce<Anchor | null>((a, b) => (a === null || b.position > a.position ? b : a), null);
  }

  /**
   * Records the anchor as an event first, then signs that event's own position and MAC into the
   * anchor file: so the anchor event is itself covered, and deleting it shortens the log below the anchor.
   */
  async anchor(reason: AnchorReason): Promise<Anchor | null> {
    if (!this.anchorFile) return null;
    const id = randomUUID();
    const metadata = { actor: 'daeb-service', role: 'system', correlationId: id, causationId: id };
    const appended: AppendResult = await this.append(
      ANCHOR_STREAM,
      [{ id, type: LOG_ANCHORED, schemaVersion: 1, data: { reason }, metadata }],
      { expectedRevision: 'any' },
    );
    const row = this.db
      .prepare<[number], { mac: string; recordedAt: string }>('SELECT mac, recorded_at AS recordedAt FROM events WHERE position = ?')
      .get(Number(appended.position));
    if (!row) throw new Error(`the anchor event at position ${String(appended.position)} is not in the log`);
    const anchor: Anchor = { position: Number(appended.position), mac: row.mac, at: row.recordedAt, reason };
    this.anchorFile.append(anchor);
    (this.anchors ??= []).push(anchor);
    return anchor;
  }

  private remember(verified: Verified): IntegrityReport {
    const report = integrityReport({ ...verified, anchors: this.anchors ?? [] });
    this.verified = report.status === 'broken' ? null : verified;
    return report;
  }

  /** Asked by every /health (verifyTail): prepared once. */
  private headPosition(): number {
    return this.sql<[], { p: number | null }>('SELECT MAX(position) AS p FROM events').get()?.p ?? 0;
  }

  private rowsAfter(position: number): Iterable<StoredChainEvent> {
    return this.db.prepare<[number], StoredChainEvent>(ROWS_AFTER).iterate(position);
  }

  /** Only the acknowledgements' own stream (indexed): one written anywhere else was not written by this service. */
  private acknowledgements(): Map<string, number[]> {
    const found = new Map<string, number[]>();
    const rows = this.db
      .prepare<[string, string], { position: number; data: string }>('SELECT position, data FROM events WHERE stream = ? AND type = ?')
      .all(INTEGRITY_STREAM, INTEGRITY_BREAK_ACKNOWLEDGED);
    for (const { position, data } of rows) {
      const named = acknowledgedPosition(data);
      if (named === undefined) continue;
      found.set(breakKey(named), [...(found.get(breakKey(named)) ?? []), position]);
    }
    return found;
  }
}

/** A tampered acknowledgement may hold anything: it then acknowledges nothing (and breaks the chain itself). */
function acknowledgedPosition(data: string): number | null | undefined {
  try {
    const { position } = JSON.parse(data) as { position?: unknown };
    return position === null || Number.isSafeInteger(position) ? (position as number | null) : undefined;
  } catch {
    return undefined;
  }
}
