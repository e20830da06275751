import type { EventFilter, StoredEvent } from '../event-store.port.js';

/**
 * Every criterion given must hold, as on the SQLite store (sqlite-event-filter.ts), on the data as
 * recorded. In memory: the 6.x client's `readAll` takes no server-side filter (only subscriptions do,
 * and the catch-up subscription uses `excludeSystemEvents()`).
 */
export function matchesEventFilter(filter: EventFilter, event: StoredEvent): boolean {
  if (filter.types !== undefined && !filter.types.includes(event.type)) return false;
  if (filter.actor !== undefined && event.metadata.actor !== filter.actor) return false;
  if (filter.role !== undefined && event.metadata.role !== filter.role) return false;
  if (filter.correlationId !== undefined && event.metadata.correlationId !== filter.correlationId) return false;
  // Both sides are `toISOString` text: the same fixed width, so text order is time order.
  if (filter.recordedFrom !== undefined && event.recordedAt < filter.recordedFrom) return false;
  if (filter.recordedUntil !== undefined && event.recordedAt > filter.recordedUntil) return false;
  if (filter.concerning !== undefined) return concerns(filter.concerning, event);
  return true;
}

function concerns(concerning: NonNullable<EventFilter['concerning']>, event: StoredEvent): boolean {
  if (concerning.streams?.includes(event.stream)) return true;
  return Object.entries(concerning.data ?? {}).some(([field, values]) => {
    const value = event.data[field];
    return typeof value === 'string' && values.includes(value);
  });
}
