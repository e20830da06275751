import type {
  ModuleEvent,
  ModuleRegistered,
  ParticipantFacts,
  RecordedEvaluation,
  ScoreDistribution,
} from '../src/delivery/domain/events.js';
import { addDistributions, countedResponses, NO_RESPONSES } from '../src/delivery/domain/scores.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import { dataOf, type Projection } from './projection.js';

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

const HANDLED: readonly string[] = [
  'ModuleRegistered',
  'SessionRegistered',
  'ParticipantRegistered',
  'ParticipantRemoved',
  'EvaluationRecorded',
  'EvaluationReplaced',
];

/** One document per module: sessions and counters only, never a participant's personal data. */
export const deliveryModulesProjection: Projection<ModuleDocument> = {
  name: 'delivery-modules',
  version: 2,
  handles: HANDLED,
  documentIds: (event) => [dataOf<{ moduleId: string }>(event).moduleId],
  evolve(document, stored) {
    if (stored.type === 'ModuleRegistered') {
      const data = dataOf<ModuleRegistered['data']>(stored);
      return {
        ...data,
        sessions: [],
        participants: 0,
        removedParticipants: 0,
        participantsByYear: {},
        evaluationsByYear: {},
        moduleDistributionsByYear: {},
        moduleDistributionIdsByYear: {},
        participantScoresByYear: {},
        updatedAt: stored.recordedAt,
      };
    }
    if (document === null) return null;
    const event = { type: stored.type, data: stored.data } as unknown as ModuleEvent;
    return { ...evolveModuleDocument(document, event), updatedAt: stored.recordedAt };
  },
};

function evolveModuleDocument(doc: ModuleDocument, event: ModuleEvent): ModuleDocument {
  switch (event.type) {
    case 'SessionRegistered': {
      const { sessionId, date, place, hours } = event.data;
      return { ...doc, sessions: [...doc.sessions, { sessionId, date, place, hours }].sort((a, b) => a.date.localeCompare(b.date)) };
    }
    case 'ParticipantRegistered':
      return withParticipants(doc, [event.data.participant]);
    case 'ParticipantRemoved': {
      const year = String(yearOf(event.data.trainingDate));
      const counted = {
        ...doc,
        participants: doc.participants - 1,
        removedParticipants: doc.removedParticipants + 1,
        participantsByYear: { ...doc.participantsByYear, [year]: (doc.participantsByYear[year] ?? 0) - 1 },
      };
      return event.data.droppedEvaluation ? withEvaluation(counted, event.data.droppedEvaluation, -1) : counted;
    }
    case 'EvaluationRecorded':
      return withEvaluation(doc, event.data, 1);
    case 'EvaluationReplaced':
      return withEvaluation(withEvaluation(doc, event.data.replaced, -1), event.data, 1);
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

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
