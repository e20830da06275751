import type { DomainEvent } from '../src/shared/domain/decider.js';
import type { StoredEvent } from '../src/shared/event-store/event-store.port.js';
import { defineProjection, onExisting } from './projection.js';

type CounterEvent =
  DomainEvent<'CounterStarted', { readonly id: string }> | DomainEvent<'CounterRaised', { readonly id: string; readonly by: number }>;

const counters = defineProjection<{ readonly id: string; readonly value: number }, CounterEvent>({
  name: 'counters',
  version: 3,
  documentIds: (event) => [event.data.id],
  on: {
    CounterStarted: (_, { data }) => ({ id: data.id, value: 0 }),
    CounterRaised: onExisting((document, { data }) => ({ ...document, value: document.value + data.by })),
  },
});

const event = (type: string, data: Record<string, unknown>): StoredEvent => ({
  id: `${type}-1`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'a', role: 'adviser', correlationId: 'c', causationId: 'c' },
  stream: 'counter-a',
  revision: 0,
  position: 1,
  recordedAt: '2016-06-01T10:00:00.000Z',
});

describe('a projection defined by its handler map', () => {
  it('handles exactly the event types it has a handler for', () => {
    expect(counters).toMatchObject({ name: 'counters', version: 3, handles: ['CounterStarted', 'CounterRaised'] });
  });

  it("evolves a document through each type's handler", () => {
    const started = counters.evolve(null, event('CounterStarted', { id: 'a' }));
    expect(counters.evolve(started, event('CounterRaised', { id: 'a', by: 2 }))).toEqual({ id: 'a', value: 2 });
    expect(counters.documentIds(event('CounterRaised', { id: 'a', by: 2 }))).toEqual(['a']);
  });

  it('changes nothing that does not exist yet, and leaves a document alone for a type it does not handle', () => {
    expect(counters.evolve(null, event('CounterRaised', { id: 'a', by: 2 }))).toBeNull();
    expect(counters.evolve({ id: 'a', value: 1 }, event('CounterReset', { id: 'a' }))).toEqual({ id: 'a', value: 1 });
    expect(counters.evolve({ id: 'a', value: 1 }, event('constructor', { id: 'a' }))).toEqual({ id: 'a', value: 1 });
  });
});
