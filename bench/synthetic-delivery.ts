import { randomUUID } from 'node:crypto';
import { defineProjection, onExisting } from '../projections/projection.js';
import type { DomainEvent } from '../src/shared/domain/decider.js';
import type { NewEvent } from '../src/shared/event-store/event-store.port.js';
import { yearOf } from '../src/shared/domain/calendar.js';

/**
 * Delivery-like load for the "as of" benchmark: per module (stream `bench-module-N`) a start, then
 * participants and evaluations arriving in small appends over months, as holders report in arrears.
 * A slim stand-in for the delivery context's events and projection, with the same volume and shape of
 * access: the benchmark measures the "as of" read, not delivery's validation and bookkeeping.
 */
export interface ModuleDocument {
  readonly moduleId: string;
  readonly year: number;
  readonly innovative: boolean;
  readonly participants: number;
  readonly evaluations: number;
  readonly satisfied: number;
}

type BenchEvent =
  | DomainEvent<'BenchModuleStarted', { readonly moduleId: string; readonly startedOn: string; readonly innovative: boolean }>
  | DomainEvent<'BenchParticipantRegistered', { readonly moduleId: string; readonly participantRef: string }>
  | DomainEvent<'BenchEvaluationSubmitted', { readonly moduleId: string; readonly score: number }>;

export const benchModulesProjection = defineProjection<ModuleDocument, BenchEvent>({
  name: 'bench-modules',
  version: 1,
  documentIds: (event) => [event.data.moduleId],
  on: {
    BenchModuleStarted: (_, { data: { moduleId, startedOn, innovative } }) => ({
      moduleId,
      year: yearOf(startedOn),
      innovative,
      participants: 0,
      evaluations: 0,
      satisfied: 0,
    }),
    BenchParticipantRegistered: onExisting((document) => ({ ...document, participants: document.participants + 1 })),
    BenchEvaluationSubmitted: onExisting((document, { data: { score } }) => ({
      ...document,
      evaluations: document.evaluations + 1,
      satisfied: document.satisfied + (score >= 7 ? 1 : 0),
    })),
  },
});

/** 2.11, DP7 and DP26 of a year from module documents: what the delivery source will compute. */
export function deliveryFigures(modules: readonly ModuleDocument[], year: number) {
  const inYear = modules.filter((m) => m.year === year);
  const sum = (pick: (m: ModuleDocument) => number, list = inYear) => list.reduce((total, m) => total + pick(m), 0);
  const evaluations = sum((m) => m.evaluations);
  return {
    participants: sum((m) => m.participants),
    innovativeParticipants: sum(
      (m) => m.participants,
      inYear.filter((m) => m.innovative),
    ),
    satisfaction: evaluations === 0 ? 0 : sum((m) => m.satisfied) / evaluations,
  };
}

const metadata = { actor: 'bench', role: 'mandate-holder', correlationId: 'bench', causationId: 'bench' };
const event = (type: string, data: Record<string, unknown>): NewEvent => ({ id: randomUUID(), type, schemaVersion: 1, data, metadata });

/** The events of one append for a module: its start on the first, then a mix of participants and evaluations. */
export function moduleChunk(moduleId: string, first: boolean, size: number, startedOn: string, seed: number): NewEvent[] {
  const events: NewEvent[] = first ? [event('BenchModuleStarted', { moduleId, startedOn, innovative: seed % 4 === 0 })] : [];
  for (let i = events.length; i < size; i += 1) {
    events.push(
      (seed + i) % 2 === 0
        ? event('BenchParticipantRegistered', { moduleId, participantRef: `p-${seed}-${i}` })
        : event('BenchEvaluationSubmitted', { moduleId, score: (seed * 7 + i * 3) % 11 }),
    );
  }
  return events;
}
