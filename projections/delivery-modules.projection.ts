import type {
  ModuleEvent,
  ModuleRegistered,
  ParticipantErased,
  ParticipantFacts,
  RecordedEvaluation,
  ScoreDistribution,
} from '../src/delivery/domain/events.js';
import { addDistributions, countedResponses, NO_RESPONSES } from '../src/delivery/domain/scores.js';
import { moduleYearCounts } from '../src/delivery/domain/delivery-figures.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

export type ModuleDocument = Omit<ModuleRegistered['data'], never> & {
  readonly sessions: readonly { readonly sessionId: string; readonly date: string; readonly place: string; readonly hours: number }[];
  /** Participants that stand (registered and not removed). */
  readonly participants: number;
  readonly removedParticipants: number;
  /** Standing participants by Brussels year of their training (2.11, DP7). */
  readonly participantsByYear: Readonly<Record<string, number>>;
  /**
   * The responses counted by training year (DP26): the module's distribution of the year when there is
   * one, else its participants' own evaluations; never both (countedResponses).
   */
  readonly evaluationsByYear: Readonly<Record<string, ScoreDistribution>>;
  /** The standing distribution reported for the module as a whole, by training year (for the export). */
  readonly moduleDistributionsByYear: Readonly<Record<string, ScoreDistribution>>;
  /** Which evaluation that distribution is: a later one of the same year replaces it. */
  readonly moduleDistributionIdsByYear: Readonly<Record<string, string>>;
  /** The participants' own standing evaluations added up by training year. */
  readonly participantScoresByYear: Readonly<Record<string, ScoreDistribution>>;
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
  // v3: keeps the year's running totals (moduleYearCounts) beside the documents.
  version: 3,
  tally: moduleYearCounts,
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
      moduleDistributionIdsByYear: {},
      participantScoresByYear: {},
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

/**
 * A participant's evaluation adds to (or, taken out, subtracts from) its year's scores; a module's
 * distribution stands for its year until replaced, also when an older log stacked several (the latest counts).
 */
function withEvaluation(doc: ModuleDocument, evaluation: RecordedEvaluation, sign: 1 | -1): ModuleDocument {
  const year = String(yearOf(evaluation.trainingDate));
  const { participantScoresByYear: scores, moduleDistributionsByYear: distributions, moduleDistributionIdsByYear: ids } = doc;
  let next: ModuleDocument;
  if (evaluation.participantId !== null) {
    next = { ...doc, participantScoresByYear: { ...scores, [year]: addDistributions(scores[year] ?? [], evaluation.distribution, sign) } };
  } else if (sign === 1) {
    next = {
      ...doc,
      moduleDistributionsByYear: { ...distributions, [year]: addDistributions([], evaluation.distribution) },
      moduleDistributionIdsByYear: { ...ids, [year]: evaluation.evaluationId },
    };
  } else if (ids[year] === evaluation.evaluationId) {
    const { [year]: _replaced, ...otherIds } = ids;
    next = { ...doc, moduleDistributionsByYear: { ...distributions, [year]: NO_RESPONSES }, moduleDistributionIdsByYear: otherIds };
  } else {
    next = doc;
  }
  const counted = countedResponses(next.participantScoresByYear[year], next.moduleDistributionsByYear[year]);
  return { ...next, evaluationsByYear: { ...next.evaluationsByYear, [year]: counted } };
}
