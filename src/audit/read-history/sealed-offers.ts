import type { StoredEvent } from '../../shared/event-store/event-store.port.js';

/**
 * Offers are sealed until their call's deadline: nobody, advisers and inspectors included, may read an
 * offer's content (its price, its answers, even who made it) before the jury opens them all at once,
 * or a leak would favour one holder. The log itself keeps every event whole (it is tamper-evident and
 * never changed), so the audit routes show a sealed event's existence and nothing else until then.
 * The deadline travels in the event as `sealedUntil`, so the log is not asked about any call.
 */
export function redactSealed(event: StoredEvent, now: Date): StoredEvent {
  const sealedUntil = event.data.sealedUntil;
  if (typeof sealedUntil !== 'string' || now.getTime() > Date.parse(sealedUntil)) return event;
  const { outsourcingId, offerId } = event.data;
  return { ...event, data: { outsourcingId, offerId, sealedUntil, sealed: true }, metadata: { ...event.metadata, actor: 'sealed' } };
}
