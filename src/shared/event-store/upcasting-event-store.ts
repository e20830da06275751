import { type EventSchemas, upcastData } from '../domain/event-schema.js';
import type {
  AppendResult,
  EventFilter,
  EventStore,
  ExpectedRevision,
  IntegrityReport,
  NewEvent,
  Position,
  ReadAllBatch,
  StoredEvent,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from './event-store.port.js';

/** A stored event in its type's current shape, at its type's current schema version. */
export function upcast(schemas: EventSchemas, stored: StoredEvent): StoredEvent {
  const { version, data } = upcastData(schemas, stored.type, stored.schemaVersion, stored.data);
  return version === stored.schemaVersion ? stored : { ...stored, schemaVersion: version, data };
}

/**
 * The one place where old events are upcast: every read of the log through this store (aggregates,
 * the projection runner and its rebuilds, the audit routes) sees current shapes only. The log itself
 * keeps what was recorded, so the integrity chain still covers the original bytes.
 */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly schemas: EventSchemas,
  ) {}

  append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    return this.store.append(stream, events, options);
  }

  async readStream(stream: string, options?: { fromRevision?: number }): Promise<readonly StoredEvent[]> {
    return this.upcastAll(await this.store.readStream(stream, options));
  }

  async readAll(options: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    const batch = await this.store.readAll(options);
    return { ...batch, events: this.upcastAll(batch.events) };
  }

  /** The filter sees the data as recorded: a field it names must keep its name across schema versions. */
  async readFiltered(filter: EventFilter, options: { after: Position | null; limit: number }): Promise<ReadAllBatch> {
    const batch = await this.store.readFiltered(filter, options);
    return { ...batch, events: this.upcastAll(batch.events) };
  }

  headPosition(): Promise<Position | null> {
    return this.store.headPosition();
  }

  /** `types` are the types as recorded: an upcaster that renamed a type would have to be named by both. */
  subscribe(
    after: Position | null,
    handle: SubscriptionHandler,
    onError?: (error: unknown) => void,
    options?: SubscriptionOptions,
  ): Subscription {
    // Inside the handler: an event this code cannot read fails its batch, which the subscription reports and retries.
    return this.store.subscribe(after, async (events, reached) => handle(this.upcastAll(events), reached), onError, options);
  }

  comparePositions(a: Position, b: Position): number {
    return this.store.comparePositions(a, b);
  }

  parsePosition(token: string): Position | null {
    return this.store.parsePosition(token);
  }

  verifyIntegrity(): Promise<IntegrityReport> {
    return this.store.verifyIntegrity();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private upcastAll(events: readonly StoredEvent[]): readonly StoredEvent[] {
    return events.map((event) => upcast(this.schemas, event));
  }
}
