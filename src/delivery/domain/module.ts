import { yearOf } from '../../shared/domain/calendar.js';
import type { ModuleEvent, ModuleFacts, ParticipantFacts, RecordedEvaluation } from './events.js';

interface ParticipantState {
  readonly trainingDate: string;
  readonly removed: boolean;
  /** The person's personal data were erased; the participant still counts. */
  readonly erased: boolean;
  /** The evaluation that stands for this participant, if any. */
  readonly evaluationId: string | null;
}

interface EvaluationState extends RecordedEvaluation {
  readonly replaced: boolean;
}

/** A module's delivery: sessions, participants and evaluations, as the decider needs them. */
export interface ModuleState {
  /** Award and holder, from the module's first event: an erasure, which reads no award, still records them. */
  readonly facts: ModuleFacts | null;
  readonly sessionIds: ReadonlySet<string>;
  readonly participants: ReadonlyMap<string, ParticipantState>;
  readonly evaluations: ReadonlyMap<string, EvaluationState>;
  /** What DP26 weighs per training year, kept as counts so that a decision never walks every participant. */
  readonly years: ReadonlyMap<number, YearTally>;
}

export interface YearTally {
  /** Participants registered and not removed. */
  participants: number;
  /** Participants' own evaluations that stand (not replaced or dropped). */
  scores: number;
  /** The module's distributions that stand, in the order recorded. */
  distributionIds: string[];
}

// A module may hold 10 000 participants from one import: copying a map per event would make the fold
// quadratic. The fold owns its maps instead: the shared empty ones are never written, every fold gets
// fresh ones on its first event, and a state is only read after the fold that produced it.
const NO_PARTICIPANTS: ReadonlyMap<string, ParticipantState> = new Map();
const NO_EVALUATIONS: ReadonlyMap<string, EvaluationState> = new Map();
const NO_SESSIONS: ReadonlySet<string> = new Set();
const NO_YEARS: ReadonlyMap<number, YearTally> = new Map();

export const initialModuleState: ModuleState = {
  facts: null,
  sessionIds: NO_SESSIONS,
  participants: NO_PARTICIPANTS,
  evaluations: NO_EVALUATIONS,
  years: NO_YEARS,
};

const owned = <K, V>(map: ReadonlyMap<K, V>, empty: ReadonlyMap<K, V>) => (map === empty ? new Map<K, V>() : (map as Map<K, V>));

function tallyOf(years: Map<number, YearTally>, trainingDate: string): YearTally {
  const year = yearOf(trainingDate);
  let tally = years.get(year);
  if (!tally) years.set(year, (tally = { participants: 0, scores: 0, distributionIds: [] }));
  return tally;
}

export function evolveModule(state: ModuleState, event: ModuleEvent): ModuleState {
  const participants = owned(state.participants, NO_PARTICIPANTS);
  const evaluations = owned(state.evaluations, NO_EVALUATIONS);
  const years = owned(state.years, NO_YEARS);
  const { moduleId, awardId, enterpriseNumber } = event.data;
  const facts = state.facts ?? { moduleId, awardId, enterpriseNumber };
  switch (event.type) {
    case 'SessionRegistered': {
      const sessionIds = state.sessionIds === NO_SESSIONS ? new Set<string>() : (state.sessionIds as Set<string>);
      return { ...state, facts, sessionIds: sessionIds.add(event.data.sessionId) };
    }
    case 'ParticipantRegistered':
      addParticipant(participants, years, event.data.participant);
      break;
    case 'ParticipantRemoved': {
      const { participantId, droppedEvaluation } = event.data;
      const participant = participants.get(participantId)!;
      participants.set(participantId, { ...participant, removed: true, evaluationId: null });
      if (!participant.removed) tallyOf(years, participant.trainingDate).participants -= 1;
      if (droppedEvaluation) markReplaced(evaluations, years, droppedEvaluation.evaluationId);
      break;
    }
    case 'ParticipantErased': {
      const { participantId } = event.data;
      participants.set(participantId, { ...participants.get(participantId)!, erased: true });
      break;
    }
    case 'EvaluationRecorded':
      addEvaluation(participants, evaluations, years, event.data);
      break;
    case 'EvaluationReplaced':
      markReplaced(evaluations, years, event.data.replaced.evaluationId);
      addEvaluation(participants, evaluations, years, event.data);
      break;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
  return { ...state, facts, participants, evaluations, years };
}

function addParticipant(participants: Map<string, ParticipantState>, years: Map<number, YearTally>, p: ParticipantFacts): void {
  const earlier = participants.get(p.participantId);
  if (!earlier || earlier.removed) tallyOf(years, p.trainingDate).participants += 1;
  participants.set(p.participantId, { trainingDate: p.trainingDate, removed: false, erased: false, evaluationId: null });
}

function addEvaluation(
  participants: Map<string, ParticipantState>,
  evaluations: Map<string, EvaluationState>,
  years: Map<number, YearTally>,
  evaluation: RecordedEvaluation,
): void {
  const { evaluationId, participantId, trainingDate, distribution } = evaluation;
  const earlier = evaluations.get(evaluationId);
  if (earlier && !earlier.replaced) untally(years, earlier);
  const tally = tallyOf(years, trainingDate);
  if (participantId === null) tally.distributionIds.push(evaluationId);
  else tally.scores += 1;
  evaluations.set(evaluationId, { evaluationId, participantId, trainingDate, distribution, replaced: false });
  if (participantId !== null) participants.set(participantId, { ...participants.get(participantId)!, evaluationId });
}

function markReplaced(evaluations: Map<string, EvaluationState>, years: Map<number, YearTally>, evaluationId: string): void {
  const evaluation = evaluations.get(evaluationId)!;
  if (!evaluation.replaced) untally(years, evaluation);
  evaluations.set(evaluationId, { ...evaluation, replaced: true });
}

function untally(years: Map<number, YearTally>, { evaluationId, participantId, trainingDate }: RecordedEvaluation): void {
  const tally = tallyOf(years, trainingDate);
  if (participantId === null) tally.distributionIds = tally.distributionIds.filter((id) => id !== evaluationId);
  else tally.scores -= 1;
}
