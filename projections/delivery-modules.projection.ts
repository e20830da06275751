import type {
  ModuleEvent,
  ModuleRegistered,
  ParticipantErased,
  ParticipantFacts,
  RecordedEvaluation,
  ScoreDistribution,
} from '../src/delivery/domain/events.js';
import { addDistributions } from '../src/delivery/domain/scores.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

export type ModuleDocument = Omit<ModuleRegistered['data'], never> & {
  readonly sessions: readonly { readonly sessionId: string; readonly date: string; readonly place: string; readonly hours: number }[];
  /** Participants that stand (registered and not removed). */
  readonly participants: number;
  readonly removedParticipants: number;
  /** Standing participants by Brussels year of their training (2.11, DP7). */
  readonly participantsByYear: Readonly<Record<string, number>>;
  /** Standing evaluations, per participant and per module distribution together, by training year (DP26). */
  readonly evaluationsByYear: Readonly<Record<string, ScoreDistribution>>;
  /** Only the distributions reported for the module as a whole, by training year (for the export). */
  readonly moduleDistributionsByYear: Readonly<Record<string, ScoreDistribution>>;
  readonly updatedAt: string;
};

/** An erasure changes no count: the participant still stands, only the person's data are gone. */
type Handled = ModuleRegistered | Exclude<ModuleEvent, ParticipantErased>;

/** A change to a module already registered, stamped with the time of the event. */
const change = <T extends ModuleEvent['type']>(evolve: (document: ModuleDocument, event: StoredOf<ModuleEvent, T>) => ModuleDocument) =>
  onExisting<ModuleDocument, StoredOf<ModuleEvent, T>>((document, event) => ({ ...evolve(document, event), updatedAt: event.recordedAt }));

/** One document per module: sessions and counters only, never a participant's personal data. */
export const deliveryModulesProjection = defineProjection<ModuleDocument, Handled>({
  name: 'delivery-modules',
  version: 1,
  documentIds: (event) => [event.data.moduleId],
  on: {
    ModuleRegistered: (_, { data, recordedAt }) => ({
      ...data,
      sessions: [],
      participants: 0,
      removedParticipants: 0,
      participantsByYear: {},
      evaluationsByYear: {},
      moduleDistributionsByYear: {},
      updatedAt: recordedAt,
    }),
    SessionRegistered: change((doc, { data: { sessionId, date, place, hours } }) => ({
      ...doc,
      sessions: [...doc.sessions, { sessionId, date, place, hours }].sort((a, b) => a.date.localeCompare(b.date)),
    })),
    ParticipantRegistered: change((doc, { data }) => withParticipants(doc, [data.participant])),
    ParticipantRemoved: change((doc, { data }) => {
      const year = String(yearOf(data.trainingDate));
      const counted = {
        ...doc,
        participants: doc.participants - 1,
        removedParticipants: doc.removedParticipants + 1,
        participantsByYear: { ...doc.participantsByYear, [year]: (doc.participantsByYear[year] ?? 0) - 1 },
      };
      return data.droppedEvaluation ? withEvaluation(counted, data.droppedEvaluation, -1) : counted;
    }),
    EvaluationRecorded: change((doc, { data }) => withEvaluation(doc, data, 1)),
    EvaluationReplaced: change((doc, { data }) => withEvaluation(withEvaluation(doc, data.replaced, -1), data, 1)),
  },
});

function withParticipants(doc: ModuleDocument, added: readonly ParticipantFacts[]): ModuleDocument {
  const byYear = { ...doc.participantsByYear };
  for (const p of added) {
    const year = String(yearOf(p.trainingDate));
    byYear[year] = (byYear[year] ?? 0) + 1;
  }
  return { ...doc, participants: doc.participants + added.length, participantsByYear: byYear };
}

function withEvaluation(doc: ModuleDocument, evaluation: RecordedEvaluation, sign: 1 | -1): ModuleDocument {
  const year = String(yearOf(evaluation.trainingDate));
  const add = (byYear: Readonly<Record<string, ScoreDistribution>>) => ({
    ...byYear,
    [year]: addDistributions(byYear[year] ?? [], evaluation.distribution, sign),
  });
  return {
    ...doc,
    evaluationsByYear: add(doc.evaluationsByYear),
    moduleDistributionsByYear: evaluation.participantId === null ? add(doc.moduleDistributionsByYear) : doc.moduleDistributionsByYear,
  };
}
