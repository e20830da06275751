import { randomUUID } from 'node:crypto';
import { type OutsourcingDocument, outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import type { Projection } from '../../projections/projection.js';
import { outsourcingIndicators } from '../../src/indicators/domain/outsourcing-indicators.js';
import {
  type AwardGranted,
  type OutsourcingEvent,
  type OutsourcingLaunched,
  outsourcingSchemaVersions,
  type Product,
} from '../../src/outsourcing/domain/events.js';
import { callYearFigures } from '../../src/outsourcing/domain/call-year-counts.js';
import type { EventStore, StoredEvent } from '../../src/shared/event-store/event-store.port.js';

/**
 * Givens for projection and indicator specs: outsourcing events in the exact shapes of
 * src/outsourcing/domain/events.ts, as the store hands them back, and a fold of a projection over them.
 */
let position = 0;

export function stored(event: OutsourcingEvent, recordedAt = '2016-06-01T10:00:00.000Z'): StoredEvent {
  position += 1;
  return {
    id: randomUUID(),
    type: event.type,
    schemaVersion: outsourcingSchemaVersions[event.type],
    data: event.data,
    metadata: { actor: 'adviser-user', role: 'adviser', correlationId: 'spec', causationId: 'spec' },
    stream: `outsourcing-${(event.data as { outsourcingId: string }).outsourcingId}`,
    revision: 0,
    position,
    recordedAt,
  };
}

/** Documents after folding the events through the projection, by id, as the runner would commit them. */
export function project<D>(projection: Projection<D>, events: readonly StoredEvent[]): D[] {
  const documents = new Map<string, D>();
  for (const event of events.filter((e) => projection.handles.includes(e.type))) {
    for (const id of projection.documentIds(event)) {
      const next = projection.evolve(documents.get(id) ?? null, event);
      if (next === null) documents.delete(id);
      else documents.set(id, next);
    }
  }
  return [...documents.values()];
}

export const launched = (
  outsourcingId: string,
  overrides: Partial<OutsourcingLaunched['data']> & { product?: Product } = {},
): OutsourcingEvent => ({
  type: 'OutsourcingLaunched',
  data: {
    outsourcingId,
    product: 'incentive',
    title: `Call ${outsourcingId}`,
    launchedOn: '2016-03-01',
    publicationRef: 'BDA-2016-001',
    contactAdviser: 'Els Janssens',
    innovative: false,
    innovationKinds: [],
    targetGroups: [],
    awardCriteria: [{ name: 'quality', weight: 100 }],
    budgetCents: 1_000_000_00,
    lots: [],
    maxAwardees: 4,
    minParticipants: 10,
    variant: null,
    round: null,
    ...overrides,
  },
});

export const granted = (
  outsourcingId: string,
  awardId: string,
  enterpriseNumber: string,
  amountCents: number,
  awardedOn = '2016-04-01',
  overrides: Partial<AwardGranted['data']> = {},
): OutsourcingEvent => ({
  type: 'AwardGranted',
  data: {
    outsourcingId,
    awardId,
    lot: null,
    enterpriseNumber,
    amountCents,
    awardedOn,
    juryReport: { motivation: 'best offer', members: [], scores: [] },
    approvedSubjects: [],
    ...overrides,
  },
});

export const amended = (
  outsourcingId: string,
  awardId: string,
  previousAmountCents: number,
  amountCents: number,
  amendedOn = '2016-09-01',
): OutsourcingEvent => ({
  type: 'AwardAmended',
  data: { outsourcingId, awardId, previousAmountCents, amountCents, reason: 'fewer workshops', amendedOn },
});

export const withdrawn = (
  outsourcingId: string,
  awardId: string,
  enterpriseNumber: string,
  amountCents: number,
  awardedOn: string,
  withdrawnOn: string,
): OutsourcingEvent => ({
  type: 'AwardWithdrawn',
  data: { outsourcingId, awardId, enterpriseNumber, amountCents, awardedOn, reason: 'did not start', withdrawnOn },
});

export const notGranted = (outsourcingId: string, declaredOn = '2016-06-01'): OutsourcingEvent => ({
  type: 'OutsourcingDeclaredNotGranted',
  data: { outsourcingId, reason: 'no valid offers', declaredOn },
});

/** Appends outsourcing events straight to the log (for runner tests that need no HTTP). */
export async function appendOutsourcingEvents(store: EventStore, events: readonly OutsourcingEvent[]): Promise<void> {
  for (const event of events) {
    const stream = `outsourcing-${(event.data as { outsourcingId: string }).outsourcingId}`;
    await store.append(
      stream,
      [
        {
          id: randomUUID(),
          type: event.type,
          schemaVersion: outsourcingSchemaVersions[event.type],
          data: event.data,
          metadata: { actor: 'fixture', role: 'adviser', correlationId: 'fixture', causationId: 'fixture' },
        },
      ],
      { expectedRevision: 'any' },
    );
  }
}

/**
 * The call-side indicators of outsourcings read-model documents, taken through the outsourcing context's
 * answer: the year's counters of every document summed (what the running totals hold), then read.
 */
export function callIndicators(documents: readonly OutsourcingDocument[], year: number) {
  return outsourcingIndicators(callYearFigures(yearTotals(outsourcingsProjection, documents, year)));
}

/** A year's counters summed over documents: what the runner's running totals must equal. */
export function yearTotals<D>(projection: Projection<D>, documents: readonly D[], year: number): Record<string, number> {
  const total: Record<string, number> = {};
  for (const document of documents) {
    for (const [name, n] of Object.entries(projection.tally!(document)[String(year)] ?? {})) total[name] = (total[name] ?? 0) + n;
  }
  // A counter back at zero is absent, as in the running totals.
  return Object.fromEntries(Object.entries(total).filter(([, n]) => n !== 0));
}
