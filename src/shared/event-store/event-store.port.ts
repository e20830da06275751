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

export interface EventStore {
  append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  readStream(stream: string, options?: { fromRevision?: number }): Promise<readonly StoredEvent[]>;
  /** The global log in commit order, strictly after `after` (from the start when null). */
  readAll(options: { after: Position | null; limit: number }): Promise<ReadAllBatch>;
  /** Position of the newest event in the log, or null when the log is empty. */
  headPosition(): Promise<Position | null>;
  /**
   * Catch-up subscription: delivers every event after `after`, in order, then each new one as it is
   * committed. `handle` is awaited before the next batch is read; when reading or `handle` fails, the
   * same batch is delivered again after a growing pause, and `onError` is told.
   */
  subscribe(
    after: Position | null,
    handle: (events: readonly StoredEvent[]) => Promise<void>,
    onError?: (error: unknown) => void,
  ): Subscription;
  comparePositions(a: Position, b: Position): number;
  /** Parses a position token as a client sent it back (e.g. `?consistentWith=`); null when malformed. */
  parsePosition(token: string): Position | null;
  /**
   * Recomputes the tamper-evidence chain over the whole log: where it breaks, history was altered
   * after the fact. Adapters whose store is append-only by construction may return valid at once.
   */
  verifyIntegrity(): Promise<IntegrityReport>;
  close(): Promise<void>;
}

export interface IntegrityReport {
  readonly valid: boolean;
  readonly checked: number;
  readonly firstBrokenPosition: Position | null;
}

export interface Subscription {
  stop(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
