import type { StoredEvent } from '../event-store.port.js';
import { matchesEventFilter } from './event-filter.js';

const stored = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 'e-1',
  type: 'Awarded',
  schemaVersion: 1,
  data: { holder: '1', award: 'a', amountCents: 1200 },
  metadata: { actor: 'ann', role: 'adviser', correlationId: 'r-1', causationId: 'r-1' },
  stream: 'call-1',
  revision: 0,
  position: '10-10',
  recordedAt: '2026-03-01T09:30:00.000Z',
  ...over,
});

describe('EventStoreDB event filters', () => {
  it('keeps an event only when every criterion given holds', () => {
    expect(matchesEventFilter({}, stored())).toBe(true);
    expect(matchesEventFilter({ types: ['Awarded'], actor: 'ann', role: 'adviser', correlationId: 'r-1' }, stored())).toBe(true);
    expect(matchesEventFilter({ types: [] }, stored())).toBe(false);
    expect(matchesEventFilter({ actor: 'bob' }, stored())).toBe(false);
    expect(matchesEventFilter({ role: 'management' }, stored())).toBe(false);
    expect(matchesEventFilter({ correlationId: 'r-2' }, stored())).toBe(false);
  });

  it('bounds the recorded time inclusively at both ends', () => {
    const at = '2026-03-01T09:30:00.000Z';
    expect(matchesEventFilter({ recordedFrom: at, recordedUntil: at }, stored())).toBe(true);
    expect(matchesEventFilter({ recordedFrom: '2026-03-01T09:30:00.001Z' }, stored())).toBe(false);
    expect(matchesEventFilter({ recordedUntil: '2026-03-01T09:29:59.999Z' }, stored())).toBe(false);
  });

  it('matches what an event concerns by stream or by a data field as recorded; an empty concerning matches nothing', () => {
    expect(matchesEventFilter({ concerning: { streams: ['call-1'] } }, stored())).toBe(true);
    expect(matchesEventFilter({ concerning: { data: { award: ['b', 'a'] } } }, stored())).toBe(true);
    expect(matchesEventFilter({ concerning: { streams: ['call-2'], data: { holder: ['2'] } } }, stored())).toBe(false);
    expect(matchesEventFilter({ concerning: { data: { amountCents: ['1200'] } } }, stored())).toBe(false);
    expect(matchesEventFilter({ concerning: {} }, stored())).toBe(false);
  });
});
