import { type EventStoreDBClient, FORWARDS, START } from '@eventstore/db-client';
import type { EventStore } from '../event-store.port.js';
import { type EsdbRecordedEvent, isSystemEventType } from './event-mapping.js';
import { parsePositionToken, positionToken } from './position-token.js';
import type { ChainRecordSource } from './stream-chain-evidence.js';
import type { ChainRecord } from './stream-chain-walker.js';

const PAGE = 500;

export type TimedChainRecord = ChainRecord & { readonly recordedAt: string };

/** The record the chain walk checks, as the client hands it over: data and metadata as the server parsed them. */
export function chainRecordOf(recorded: EsdbRecordedEvent): TimedChainRecord {
  if (!recorded.position) throw new Error(`event ${recorded.id} came without a log position: EventStoreDB 22.6 or newer is required`);
  return {
    position: positionToken(recorded.position),
    stream: recorded.streamId,
    revision: Number(recorded.revision),
    id: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: recorded.metadata,
    recordedAt: recorded.created.toISOString(),
  };
}

/** The service's events of `$all` strictly after `after`, page by page, raw: the walk needs each event's MAC as stored. */
export async function* chainRecordsAfter(client: EventStoreDBClient, after: string | null): AsyncGenerator<TimedChainRecord> {
  let from = after === null ? null : parsePositionToken(after);
  if (after !== null && from === null) throw new Error(`not an EventStoreDB position: ${after}`);
  let skipAt: string | null = after;
  for (;;) {
    let seen = 0;
    // A read from a position includes the record at it: skipped, being the last one walked.
    for await (const resolved of client.readAll({ direction: FORWARDS, fromPosition: from ?? START, maxCount: PAGE })) {
      const recorded = resolved.event;
      if (!recorded?.position) continue;
      seen += 1;
      from = recorded.position;
      const token = positionToken(recorded.position);
      if (token === skipAt) continue;
      skipAt = token;
      if (!isSystemEventType(recorded.type)) yield chainRecordOf(recorded);
    }
    if (seen < PAGE) return;
  }
}

/** The service's event at exactly this position, or null when the log holds none there any more. */
export async function chainRecordAt(client: EventStoreDBClient, position: string): Promise<TimedChainRecord | null> {
  const from = parsePositionToken(position);
  if (from === null) return null;
  for await (const resolved of client.readAll({ direction: FORWARDS, fromPosition: from, maxCount: 1 })) {
    const recorded = resolved.event;
    if (recorded?.position && positionToken(recorded.position) === position && !isSystemEventType(recorded.type)) {
      return chainRecordOf(recorded);
    }
  }
  return null;
}

/** The evidence's view of the server: raw `$all` reads, and the adapter's own append and stream reads. */
export function esdbChainSource(client: EventStoreDBClient, store: EventStore): ChainRecordSource {
  return {
    recordsAfter: (after) => chainRecordsAfter(client, after),
    recordAt: (position) => chainRecordAt(client, position),
    append: (stream, events, options) => store.append(stream, events, options),
    readStream: (stream, options) => store.readStream(stream, options),
    headPosition: () => store.headPosition(),
  };
}
