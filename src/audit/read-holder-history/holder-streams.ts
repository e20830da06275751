import { mandateStream } from '../../mandates/domain/events.js';
import { type AwardGranted, OutsourcingEventTypes } from '../../outsourcing/domain/events.js';
import type { EventFilter, EventStore, Position } from '../../shared/event-store/event-store.port.js';

/** Every award ever granted to the holder, withdrawn ones too, in the order they were granted. */
export async function awardsOf(store: EventStore, holder: string): Promise<string[]> {
  const granted: EventFilter = { types: [OutsourcingEventTypes.awardGranted], concerning: { data: { enterpriseNumber: [holder] } } };
  const awardIds: string[] = [];
  let after: Position | null = null;
  for (;;) {
    const batch = await store.readFiltered(granted, { after, limit: 500 });
    awardIds.push(...batch.events.map((e) => (e.data as AwardGranted['data']).awardId));
    if (batch.events.length < 500) return awardIds;
    after = batch.last;
  }
}

/**
 * What concerns a holder, read off the events: its mandate stream; events that name it (its awards
 * granted and withdrawn, its modules and what happened in them, erasures included); and events of
 * its awards (amendments, payments, recoveries, follow-ups, financial reports). The rest of a call it
 * shares with other holders (the launch, the others' awards) is not its history.
 */
export function concerningHolder(holder: string, awardIds: readonly string[]): NonNullable<EventFilter['concerning']> {
  return { streams: [mandateStream(holder)], data: { enterpriseNumber: [holder], awardId: awardIds } };
}
