/**
 * The event store port. Every adapter (embedded SQLite, EventStoreDB) passes the same contract suite
 * (test/contract/event-store.contract.ts).
 *
 * A log position is an opaque, ordered token: a dense integer on SQLite, a commit/prepare pair on
 * EventStoreDB. Callers never do arithmetic on it; they only hand it back and compare it through
 * `comparePositions`.
 */
export type Position = number | string;

export interface EventMetadata {
  readonly actor: string;
  readonly role: string;
  readonly correlationId: string;
  readonly causationId: string;
}

/** An event as the application hands it to the store. */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}

/** An event as the store gives it back: with its place in its stream and in the global log. */
export interface StoredEvent<T extends string = string, D = Readonly<Record<string, unknown>>> {
  readonly id: string;
  readonly type: T;
  readonly schemaVersion: number;
  readonly data: D;
  readonly metadata: EventMetadata;
  readonly stream: string;
  readonly revision: number;
  readonly position: Position;
  /** ISO-8601 UTC timestamp of the commit, from the store's injectable clock. */
  readonly recordedAt: string;
}

/** `no-stream`: the stream must not exist; a number: the stream's last revision must be exactly that. */
export type ExpectedRevision = 'any' | 'no-stream' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly revision: number;
  /** Global position of the last appended event. */
  readonly position: Position;
}

export interface ReadAllBatch {
  readonly events: readonly StoredEvent[];
  /** Position of the last event in the batch, or the `after` asked for when the batch is empty. */
  readonly last: Position | null;
}

/**
 * Which events a filtered read returns: every criterion given must hold; one left out does not filter.
 * An empty list matches nothing.
 */
export interface EventFilter {
  readonly types?: readonly string[];
  readonly actor?: string;
  readonly role?: string;
  readonly correlationId?: string;
  /** Recorded at or after this instant (ISO-8601 UTC as `toISOString` writes it). */
  readonly recordedFrom?: string;
  /** Recorded at or before this instant (same form). */
  readonly recordedUntil?: string;
  /**
   * What the events concern: an event matches when it is in one of `streams`, or when one of the
   * top-level fields named in `data` holds one of its values as recorded (`{ awardId: [...] }`).
   */
  readonly concerning?: {
    readonly streams?: readonly string[];
    readonly data?: Readonly<Record<string, readonly string[]>>;
  };
}

/**
 * Handles one batch, in log order. `reached` is the position the subscription has read up to: the last
 * event's when every event is delivered; with `types`, possibly further (past events of other types),
 * and then a batch may be empty. A subscriber keeps `reached` as its checkpoint.
 */
export type SubscriptionHandler = (events: readonly StoredEvent[], reached: Position) => Promise<void>;

export interface SubscriptionOptions {
  readonly batchSize?: number;
  /**
   * Only events of these types are delivered. The adapter skips the others where it reads (SQLite: in
   * the query), so a subscriber that needs a few types no longer parses the whole log.
   */
  readonly types?: readonly string[];
}

export interface EventStore {
  append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  readStream(stream: string, options?: { fromRevision?: number }): Promise<readonly StoredEvent[]>;
  /** The global log in commit order, strictly after `after` (from the start when null). */
  readAll(options: { after: Position | null; limit: number }): Promise<ReadAllBatch>;
  /**
   * The events of the global log that match `filter`, in commit order, strictly after `after`. `last`
   * is the position of the last event returned: the cursor of the next page.
   */
  readFiltered(filter: EventFilter, options: { after: Position | null; limit: number }): Promise<ReadAllBatch>;
  /** Position of the newest event in the log, or null when the log is empty. */
  headPosition(): Promise<Position | null>;
  /**
   * Catch-up subscription: delivers every event after `after`, in order, then each new one as it is
   * committed. `handle` is awaited before the next batch is read; when reading or `handle` fails, the
   * same batch is delivered again after a growing pause, and `onError` is told. `batchSize` bounds a
   * batch where the adapter reads in pages (large while catching up: fewer commits downstream).
   */
  subscribe(
    after: Position | null,
    handle: SubscriptionHandler,
    onError?: (error: unknown) => void,
    options?: SubscriptionOptions,
  ): Subscription;
  comparePositions(a: Position, b: Position): number;
  /** Parses a position token as a client sent it back (e.g. `?consistentWith=`); null when malformed. */
  parsePosition(token: string): Position | null;
  /**
   * Recomputes the tamper evidence over the whole log and its anchors: where it breaks, history was
   * altered, cut or forged after the fact. Adapters whose store is append-only by construction may
   * answer intact at once.
   */
  verifyIntegrity(): Promise<IntegrityReport>;
  close(): Promise<void>;
}

/** Where and why the tamper evidence fails. */
export interface IntegrityBreak {
  /** The first position concerned; null for an anchor line that names none. */
  readonly position: Position | null;
  /** `altered`, `forged`, `missing`, `truncated`, `anchor-mismatch`, `anchor-forged` or `anchor-missing`. */
  readonly code: string;
  readonly detail: string;
}

export interface IntegrityReport {
  /** True only when every event verifies and nothing is broken, acknowledged or not. */
  readonly valid: boolean;
  /** `broken`: a break nobody acknowledged; `acknowledged`: only breaks an operator acknowledged. */
  readonly status: 'intact' | 'acknowledged' | 'broken';
  /** Events verified. */
  readonly checked: number;
  /** The last position verified before the first unacknowledged break (the head when there is none). */
  readonly intactUpTo: Position | null;
  /** The first position where anything is wrong, acknowledged or not. */
  readonly firstBrokenPosition: Position | null;
  /** The first break nobody acknowledged. */
  readonly problem: IntegrityBreak | null;
  readonly acknowledged: readonly IntegrityBreak[];
  /** The newest anchor kept outside the data folder. */
  readonly lastAnchor: { readonly position: Position; readonly at: string } | null;
  /** "intact up to position N, last anchor M at T", or the first broken position and why. */
  readonly summary: string;
}

export interface Subscription {
  stop(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
