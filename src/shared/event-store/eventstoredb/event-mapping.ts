import type { EventMetadata, NewEvent, StoredEvent } from '../event-store.port.js';
import { toRevision } from './expected-revision.js';
import { type LogPosition, positionToken } from './position-token.js';

/** The metadata document stored with each event: the port's metadata, its schema version, and the server's own correlation names. */
export interface EsdbEventMetadata extends EventMetadata {
  readonly schemaVersion: number;
  readonly $correlationId: string;
  readonly $causationId: string;
}

/** What the client appends: a JSON event whose id is the service's, so a retried append is deduplicated by the server. */
export interface EsdbEventData {
  readonly id: string;
  readonly contentType: 'application/json';
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EsdbEventMetadata;
}

/** The fields of a recorded event the adapter reads; the client's `RecordedEvent` has them all. */
export interface EsdbRecordedEvent {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly created: Date;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: LogPosition;
}

export function toEsdbEvent(event: NewEvent): EsdbEventData {
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: event.data,
    metadata: {
      actor: event.metadata.actor,
      role: event.metadata.role,
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId,
      schemaVersion: event.schemaVersion,
      // EventStoreDB's own projections ($by_correlation_id) read these names.
      $correlationId: event.metadata.correlationId,
      $causationId: event.metadata.causationId,
    },
  };
}

/**
 * The port's stored event. `recordedAt` is the server's `created`: the time of the commit on the
 * store, not of the service that sent it. An event without a position (a server older than 22.6)
 * cannot take part in the ordered log, so it is refused rather than given a made-up one.
 */
export function fromEsdbEvent(recorded: EsdbRecordedEvent): StoredEvent {
  if (!recorded.position) throw new Error(`event ${recorded.id} came without a log position: EventStoreDB 22.6 or newer is required`);
  const metadata = (recorded.metadata ?? {}) as Partial<EsdbEventMetadata>;
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1,
    data: (recorded.data ?? {}) as StoredEvent['data'],
    metadata: {
      actor: String(metadata.actor ?? ''),
      role: String(metadata.role ?? ''),
      correlationId: String(metadata.correlationId ?? ''),
      causationId: String(metadata.causationId ?? ''),
    },
    stream: recorded.streamId,
    revision: toRevision(recorded.revision),
    position: positionToken(recorded.position),
    recordedAt: recorded.created.toISOString(),
  };
}

/** `$`-prefixed types are the server's own ($metadata, $>, $statsCollected...): never part of the service's log. */
export const isSystemEventType = (type: string) => type.startsWith('$');
