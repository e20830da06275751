import type { StoredEvent } from './event-store.port.js';

/** One row of the `events` table: the log in SQLite, one row per event, in commit order. */
export interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
  mac: string;
}

/** A row as the log's readers need it: everything but the MAC, which only the chain's verification reads. */
export type LogRow = Omit<EventRow, 'mac'>;

/** Position is SQLite's own counter (AUTOINCREMENT): a row deleted behind the service's back leaves a gap. */
export const EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY AUTOINCREMENT,
  id             TEXT NOT NULL UNIQUE,
  stream         TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT NOT NULL,
  metadata       TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  mac            TEXT NOT NULL,
  UNIQUE (stream, revision)
);`;

/**
 * Metadata is parsed on first read: most readers of the log (the projections) never look at it, and
 * parsing it cost as much as the data. The getter is an own property, so a spread or JSON copies it.
 */
export function toStoredEvent(row: LogRow): StoredEvent {
  let metadata: StoredEvent['metadata'] | undefined;
  // Only the metadata text stays reachable from the event, not the whole row (its data text, its MAC).
  const metadataText = row.metadata;
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as StoredEvent['data'],
    get metadata() {
      return (metadata ??= JSON.parse(metadataText) as StoredEvent['metadata']);
    },
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    recordedAt: row.recorded_at,
  };
}
