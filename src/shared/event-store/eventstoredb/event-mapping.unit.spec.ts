import type { NewEvent } from '../event-store.port.js';
import { fromEsdbEvent, isSystemEventType, toEsdbEvent } from './event-mapping.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'r-1', causationId: 'c-1' };
const newEvent: NewEvent = {
  id: '6f1c6f2e-0d3c-4b7e-9d0e-2f6a1b9e8c11',
  type: 'MandateGranted',
  schemaVersion: 2,
  data: { holderId: 'h-1' },
  metadata,
};

describe('EventStoreDB event mapping', () => {
  it("appends a JSON event with the service's id, and the schema version in the metadata", () => {
    expect(toEsdbEvent(newEvent)).toEqual({
      id: newEvent.id,
      contentType: 'application/json',
      type: 'MandateGranted',
      data: { holderId: 'h-1' },
      metadata: { ...metadata, schemaVersion: 2, $correlationId: 'r-1', $causationId: 'c-1' },
    });
  });

  it("reads a recorded event back to the port's shape: revision as a number, position as a token, recordedAt the server's created", () => {
    const recorded = {
      streamId: 'mandate-1',
      id: newEvent.id,
      revision: 3n,
      type: 'MandateGranted',
      created: new Date('2026-03-01T09:30:00.123Z'),
      data: { holderId: 'h-1' },
      metadata: toEsdbEvent(newEvent).metadata,
      position: { commit: 9000n, prepare: 8990n },
    };
    expect(fromEsdbEvent(recorded)).toEqual({
      id: newEvent.id,
      type: 'MandateGranted',
      schemaVersion: 2,
      data: { holderId: 'h-1' },
      metadata,
      stream: 'mandate-1',
      revision: 3,
      position: '9000-8990',
      recordedAt: '2026-03-01T09:30:00.123Z',
    });
  });

  it('reads an event written without a schema version as version 1, and refuses one without a log position', () => {
    const bare = { streamId: 's', id: 'e', revision: 0n, type: 'T', created: new Date(0), data: {}, metadata: undefined };
    expect(fromEsdbEvent({ ...bare, position: { commit: 1n, prepare: 1n } })).toMatchObject({
      schemaVersion: 1,
      metadata: { actor: '', role: '', correlationId: '', causationId: '' },
    });
    expect(() => fromEsdbEvent(bare)).toThrow('EventStoreDB 22.6 or newer is required');
  });

  it("tells the server's own event types from the service's", () => {
    expect(isSystemEventType('$metadata')).toBe(true);
    expect(isSystemEventType('$>')).toBe(true);
    expect(isSystemEventType('MandateGranted')).toBe(false);
  });
});
