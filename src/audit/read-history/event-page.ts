import type { EventFilter, EventStore, Position, StoredEvent } from '../../shared/event-store/event-store.port.js';

export interface EventPage {
  readonly items: readonly StoredEvent[];
  /** The cursor of the next page; null when nothing more matched. */
  readonly next: Position | null;
}

/**
 * One page of the filtered log. One event more than asked tells whether a next page exists, so the
 * last page says so instead of sending the client for an empty one.
 *
 * `upTo` bounds a read whose filter was worked out from the log itself (a holder's awards): an event
 * appended after that was worked out may belong to an award the filter does not know yet, so the page
 * stops at the bound and the next page, with a fresh filter, goes on from there.
 */
export async function readPage(
  store: EventStore,
  filter: EventFilter,
  { after, limit, upTo = null }: { after: Position | null; limit: number; upTo?: Position | null },
): Promise<EventPage> {
  const { events } = await store.readFiltered(filter, { after, limit: limit + 1 });
  const within = upTo === null ? events : events.filter((e) => store.comparePositions(e.position, upTo) <= 0);
  const items = within.slice(0, limit);
  if (within.length > limit) return { items, next: items[items.length - 1].position };
  // Past the bound: everything up to it is in this page; the next page starts there, if that is further on.
  if (upTo !== null && within.length < events.length)
    return { items, next: after === null || store.comparePositions(upTo, after) > 0 ? upTo : null };
  return { items, next: null };
}

/**
 * Every matching event after `after` up to `upTo` (the head when the read began), batch by batch: an
 * archive of any size leaves with one batch in memory, and it ends where the next one resumes.
 */
export async function* everyEvent(
  store: EventStore,
  filter: EventFilter,
  { after, upTo, batch = 500 }: { after: Position | null; upTo: Position | null; batch?: number },
): AsyncGenerator<StoredEvent> {
  if (upTo === null) return;
  let cursor = after;
  for (;;) {
    const page = await readPage(store, filter, { after: cursor, limit: batch, upTo });
    yield* page.items;
    if (page.next === null) return;
    cursor = page.next;
  }
}
