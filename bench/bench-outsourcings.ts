import { randomUUID } from 'node:crypto';
import { type OutsourcingEvent, outsourcingSchemaVersions, outsourcingStream } from '../src/outsourcing/domain/events.js';
import type { EventStore } from '../src/shared/event-store/event-store.port.js';

const HOLDERS = ['0123.456.749', '0202.239.951', '0406.798.006'];
const metadata = { actor: 'bench', role: 'adviser', correlationId: 'bench', causationId: 'bench' };

/** About 20 calls a year with an award each, as in the agency's published figures: the call side is small. */
export async function appendOutsourcingHistory(store: EventStore, years: readonly number[]): Promise<void> {
  for (const year of years) {
    for (let i = 0; i < 20; i += 1) {
      const outsourcingId = `${year}-${i}`;
      const events: OutsourcingEvent[] = [
        {
          type: 'OutsourcingLaunched',
          data: {
            outsourcingId,
            product: 'incentive',
            title: `Call ${outsourcingId}`,
            launchedOn: `${year}-02-01`,
            publicationRef: `BDA-${outsourcingId}`,
            contactAdviser: 'Els Janssens',
            innovative: i % 3 === 0,
            innovationKinds: i % 3 === 0 ? ['process'] : [],
            targetGroups: [],
            awardCriteria: [{ name: 'quality', weight: 100 }],
            budgetCents: 100_000_00,
            lots: [],
            maxAwardees: 4,
            minParticipants: 10,
            variant: null,
            round: null,
          },
        },
        {
          type: 'AwardGranted',
          data: {
            outsourcingId,
            awardId: `${outsourcingId}-a`,
            lot: null,
            enterpriseNumber: HOLDERS[i % 3],
            amountCents: 60_000_00 + i,
            awardedOn: `${year}-05-01`,
            juryReport: { motivation: 'best offer', members: [], scores: [] },
            approvedSubjects: [],
          },
        },
      ];
      await store.append(
        outsourcingStream(outsourcingId),
        events.map((e) => ({
          id: randomUUID(),
          type: e.type,
          schemaVersion: outsourcingSchemaVersions[e.type],
          data: e.data,
          metadata,
        })),
        { expectedRevision: 'no-stream' },
      );
    }
  }
}
