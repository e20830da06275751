import type { StoredEvent } from '../../shared/event-store/event-store.port.js';
import type { HistoryFilterQuery } from './history-query.js';

/** Whether the event is an offer's and its call's deadline has not passed at `now` (the deadline itself included). */
export function isSealed(event: StoredEvent, now: Date): boolean {
  const sealedUntil = event.data.sealedUntil;
  return typeof sealedUntil === 'string' && now.getTime() <= Date.parse(sealedUntil);
}

/**
 * Offers are sealed until their call's deadline: nobody, advisers and inspectors included, may read an
 * offer's content (its price, its answers, even who made it) before the jury opens them all at once,
 * or a leak would favour one holder. The log itself keeps every event whole (it is tamper-evident and
 * never changed), so the audit routes show a sealed event's existence and nothing else until then.
 * The deadline travels in the event as `sealedUntil`, so the log is not asked about any call.
 */
export function redactSealed(event: StoredEvent, now: Date): StoredEvent {
  if (!isSealed(event, now)) return event;
  const { outsourcingId, offerId, sealedUntil } = event.data;
  return { ...event, data: { outsourcingId, offerId, sealedUntil, sealed: true }, metadata: { ...event.metadata, actor: 'sealed' } };
}

/**
 * A read whose filter matched on who made an offer (its actor, the request it came in, or the holder it
 * names) would tell THAT this holder offered even with the content redacted: the match itself is the
 * leak. Such reads leave sealed events out until the deadline; the page's cursor still moves past them,
 * so nothing is skipped once they open.
 */
export function shownSealed(events: readonly StoredEvent[], now: Date, { matchedOnMaker }: { matchedOnMaker: boolean }): StoredEvent[] {
  const shown = matchedOnMaker ? events.filter((e) => !isSealed(e, now)) : events;
  return shown.map((e) => redactSealed(e, now));
}

/** The history filters that can pick an event out by its maker. */
export const matchesOnMaker = (query: HistoryFilterQuery) => query.actor !== undefined || query.correlationId !== undefined;
