import type { Projection } from '../../projections/projection.js';
import { awardDeliveryStream, type DeliveryEvent, deliverySchemaVersions, moduleStream } from '../../src/delivery/domain/events.js';
import {
  type IndicatorEvent,
  indicatorYearSchemaVersions,
  indicatorYearStream,
  targetsSchemaVersions,
  targetsStream,
  planStream,
  planSchemaVersions,
  estimateSchemaVersions,
  estimatesStream,
} from '../../src/indicators/domain/events.js';
import {
  type MandateApplicationEvent,
  type MandateEvent,
  mandateApplicationSchemaVersions,
  mandateApplicationsStream,
  mandateSchemaVersions,
  mandateStream,
} from '../../src/mandates/domain/events.js';
import { type OutsourcingEvent, outsourcingSchemaVersions, outsourcingStream } from '../../src/outsourcing/domain/events.js';
import type { StoredEvent } from '../../src/shared/event-store/event-store.port.js';
import { type TemplateEvent, templateSchemaVersions, templateStream } from '../../src/templates/domain/events.js';

/**
 * Projection specs read as given events, then documents:
 *   const documents = givenEvents(mandateHoldersProjection, [granted, suspended]);
 *   expect(documents.get('0123.456.749')).toMatchObject({ status: 'suspended' });
 * Events are typed by the contexts' own `domain/events.ts`, so a change of shape breaks the spec when it compiles.
 */
export type AnyDomainEvent = MandateEvent | OutsourcingEvent | IndicatorEvent | DeliveryEvent | TemplateEvent | MandateApplicationEvent;

/** An event together with the instant the store committed it, for specs that look at `updatedAt`. */
export interface RecordedEvent {
  readonly event: AnyDomainEvent;
  readonly recordedAt: string;
}

export const recordedAt = (at: string, event: AnyDomainEvent): RecordedEvent => ({ event, recordedAt: at });

const schemaVersions: Record<AnyDomainEvent['type'], number> = {
  ...mandateSchemaVersions,
  ...outsourcingSchemaVersions,
  ...targetsSchemaVersions,
  ...planSchemaVersions,
  ...estimateSchemaVersions,
  ...indicatorYearSchemaVersions,
  ...deliverySchemaVersions,
  ...templateSchemaVersions,
  ...mandateApplicationSchemaVersions,
};

/** Event types each projection has been handed, so that a spec can prove it covers all it handles. */
const exercised = new WeakMap<object, Set<string>>();

/**
 * The documents after the events, by id, folded as the runner folds a batch (apply-batch.ts): events the
 * projection does not handle are skipped; each handled one evolves every document its `documentIds` names,
 * starting from null; null deletes. Documents go through JSON between events, as the read store keeps them.
 */
export function givenEvents<D>(projection: Projection<D>, given: readonly (AnyDomainEvent | RecordedEvent)[]): ReadonlyMap<string, D> {
  const documents = new Map<string, D>();
  const seen = exercised.get(projection) ?? new Set<string>();
  exercised.set(projection, seen);
  for (const event of storedEvents(given)) {
    if (!projection.handles.includes(event.type)) continue;
    seen.add(event.type);
    for (const id of projection.documentIds(event)) {
      const next = projection.evolve(documents.get(id) ?? null, event);
      if (next === null) documents.delete(id);
      else documents.set(id, JSON.parse(JSON.stringify(next)) as D);
    }
  }
  return documents;
}

/** The `handles` entries no `givenEvents` call of this spec file has exercised yet. */
export function unexercisedTypes<D>(projection: Projection<D>): string[] {
  const seen = exercised.get(projection) ?? new Set<string>();
  return projection.handles.filter((type) => !seen.has(type));
}

/** As the store hands events back: positions in log order, revisions per stream, a minute apart by default. */
export function storedEvents(given: readonly (AnyDomainEvent | RecordedEvent)[]): StoredEvent[] {
  const revisions = new Map<string, number>();
  return given.map((item, index) => {
    const { event, recordedAt: at } = 'event' in item ? item : { event: item, recordedAt: undefined };
    const position = index + 1;
    const stream = streamOf(event);
    const revision = (revisions.get(stream) ?? -1) + 1;
    revisions.set(stream, revision);
    return {
      id: `event-${position}`,
      type: event.type,
      schemaVersion: schemaVersions[event.type],
      data: event.data as unknown as StoredEvent['data'],
      metadata: { actor: 'spec-user', role: 'adviser', correlationId: `spec-${position}`, causationId: `spec-${position}` },
      stream,
      revision,
      position,
      recordedAt: at ?? new Date(Date.UTC(2016, 5, 1, 10, position)).toISOString(),
    };
  });
}

function streamOf(event: AnyDomainEvent): string {
  switch (event.type) {
    case 'MandateGranted':
    case 'MandateSuspended':
    case 'MandateReinstated':
    case 'MandateRevoked':
    case 'NotificationPreferencesSet':
      return mandateStream(event.data.enterpriseNumber);
    case 'OutsourcingLaunched':
    case 'AwardGranted':
    case 'AwardAmended':
    case 'AwardWithdrawn':
    case 'OutsourcingDeclaredNotGranted':
    case 'OutsourcingCancelled':
    case 'OutsourcingClosed':
      return outsourcingStream(event.data.outsourcingId);
    case 'MandateApplied':
    case 'MandateApplicationApproved':
    case 'MandateApplicationRejected':
      return mandateApplicationsStream(event.data.enterpriseNumber);
    case 'TemplateCreated':
    case 'TemplateRevised':
      return templateStream(event.data.templateId);
    case 'TargetsSet':
      return targetsStream(event.data.year);
    case 'BusinessPlanSet':
      return planStream(event.data.year);
    case 'EstimateRecorded':
    case 'EstimateWithdrawn':
      return estimatesStream(event.data.year);
    case 'IndicatorYearClosed':
    case 'IndicatorYearReopened':
      return indicatorYearStream(event.data.year);
    case 'ModuleRegistered':
    case 'FollowUpRecorded':
    case 'PaymentRecorded':
    case 'RecoveryRecorded':
    case 'FinancialReportRecorded':
      return awardDeliveryStream(event.data.awardId);
    case 'SessionRegistered':
    case 'ParticipantRegistered':
    case 'ParticipantRemoved':
    case 'ParticipantErased':
    case 'EvaluationRecorded':
    case 'EvaluationReplaced':
      return moduleStream(event.data.moduleId);
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
