import { randomUUID } from 'node:crypto';
import { WrongExpectedRevision } from '../../src/shared/event-store/errors.js';
import type { EventStore, NewEvent, Position } from '../../src/shared/event-store/event-store.port.js';
import { chainRecordOf } from '../../src/shared/event-store/eventstoredb/esdb-chain-records.js';
import { type EsdbRecordedEvent, fromEsdbEvent, toEsdbEvent } from '../../src/shared/event-store/eventstoredb/event-mapping.js';
import { expectationForChain } from '../../src/shared/event-store/eventstoredb/expected-revision.js';
import { comparePositionTokens, positionToken } from '../../src/shared/event-store/eventstoredb/position-token.js';
import type { ChainRecordSource } from '../../src/shared/event-store/eventstoredb/stream-chain-evidence.js';
import { chainBatch, EMPTY_STREAM_HEAD, storedMac } from '../../src/shared/event-store/eventstoredb/stream-chain-mac.js';
import type { AuditKey } from '../../src/shared/event-store/tamper-evidence/chain-mac.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'r-1', causationId: 'c-1' };

/** A record as read, open to the changes someone with the server's files could make. */
export type RecordedData = { -readonly [K in keyof EsdbRecordedEvent]: EsdbRecordedEvent[K] };

export const newEvent = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata,
});

/**
 * What EventStoreDB's reads of `$all` give back, as plain data: each record as the client hands it
 * over (bigint revision, `created` date, commit/prepare position), MACs chained as the adapter chains
 * them. A spec tampers with `records` directly, as someone with access to the server's files would.
 */
export class RecordedLog {
  records: RecordedData[] = [];
  private commit = 1_000n;

  constructor(private readonly key: AuditKey) {}

  append(stream: string, events: readonly NewEvent[], expected: Parameters<EventStore['append']>[2]['expectedRevision'] = 'any') {
    const own = this.records.filter((r) => r.streamId === stream);
    const last = own[own.length - 1];
    const head = last ? { revision: Number(last.revision), mac: storedMac(last.metadata) ?? '' } : EMPTY_STREAM_HEAD;
    if (expectationForChain(expected, last ? head.revision : null) === null) {
      throw new WrongExpectedRevision(stream, expected, last ? head.revision : null);
    }
    for (const [index, event] of chainBatch(this.key, stream, head, events.map(toEsdbEvent)).entries()) {
      this.commit += 137n;
      this.records.push({
        streamId: stream,
        id: event.id,
        revision: BigInt(head.revision + 1 + index),
        type: event.type,
        created: new Date(Date.UTC(2026, 10, 27, 9, 0, this.records.length)),
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: JSON.parse(JSON.stringify(event.metadata)) as unknown,
        position: { commit: this.commit, prepare: this.commit },
      });
    }
    const newest = this.records[this.records.length - 1];
    return { revision: Number(newest.revision), position: positionToken(newest.position!) };
  }

  positionOf(index: number): string {
    return positionToken(this.records[index].position!);
  }

  /** The evidence's source over these records: the same reads the adapter makes of the server. */
  source(): ChainRecordSource {
    const after = (position: string | null) => (r: EsdbRecordedEvent) =>
      position === null || comparePositionTokens(positionToken(r.position!), position) > 0;
    return {
      recordsAfter: (position) => yieldAll(this.records.filter(after(position)).map(chainRecordOf)),
      recordAt: async (position) => {
        const found = this.records.find((r) => positionToken(r.position!) === position);
        return found ? chainRecordOf(found) : null;
      },
      append: async (stream, events, { expectedRevision }) => this.append(stream, events, expectedRevision),
      readStream: async (stream) => this.records.filter((r) => r.streamId === stream).map(fromEsdbEvent),
      headPosition: async (): Promise<Position | null> => (this.records.length > 0 ? this.positionOf(this.records.length - 1) : null),
    };
  }
}

async function* yieldAll<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}
