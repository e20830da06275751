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
  readonly sessionIds: readonly string[];
  readonly participants: ReadonlyMap<string, ParticipantState>;
  readonly evaluations: ReadonlyMap<string, EvaluationState>;
}

// A module may hold 10 000 participants from one import: copying a map per event would make the fold
// quadratic. The fold owns its maps instead: the shared empty ones are never written, every fold gets
// fresh ones on its first event, and a state is only read after the fold that produced it.
const NO_PARTICIPANTS: ReadonlyMap<string, ParticipantState> = new Map();
const NO_EVALUATIONS: ReadonlyMap<string, EvaluationState> = new Map();

export const initialModuleState: ModuleState = {
  facts: null,
  sessionIds: [],
  participants: NO_PARTICIPANTS,
  evaluations: NO_EVALUATIONS,
};

const owned = <V>(map: ReadonlyMap<string, V>, empty: ReadonlyMap<string, V>) =>
  map === empty ? new Map<string, V>() : (map as Map<string, V>);

export function evolveModule(state: ModuleState, event: ModuleEvent): ModuleState {
  const participants = owned(state.participants, NO_PARTICIPANTS);
  const evaluations = owned(state.evaluations, NO_EVALUATIONS);
  const { moduleId, awardId, enterpriseNumber } = event.data;
  const facts = state.facts ?? { moduleId, awardId, enterpriseNumber };
  switch (event.type) {
    case 'SessionRegistered':
      return { ...state, facts, sessionIds: [...state.sessionIds, event.data.sessionId] };
    case 'ParticipantRegistered':
      addParticipant(participants, event.data.participant);
      break;
    case 'ParticipantRemoved': {
      const { participantId, droppedEvaluation } = event.data;
      participants.set(participantId, { ...participants.get(participantId)!, removed: true, evaluationId: null });
      if (droppedEvaluation) markReplaced(evaluations, droppedEvaluation.evaluationId);
      break;
    }
    case 'ParticipantErased': {
      const { participantId } = event.data;
      participants.set(participantId, { ...participants.get(participantId)!, erased: true });
      break;
    }
    case 'EvaluationRecorded':
      addEvaluation(participants, evaluations, event.data);
      break;
    case 'EvaluationReplaced':
      markReplaced(evaluations, event.data.replaced.evaluationId);
      addEvaluation(participants, evaluations, event.data);
      break;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
  return { ...state, facts, participants, evaluations };
}

function addParticipant(participants: Map<string, ParticipantState>, p: ParticipantFacts): void {
  participants.set(p.participantId, { trainingDate: p.trainingDate, removed: false, erased: false, evaluationId: null });
}

function addEvaluation(
  participants: Map<string, ParticipantState>,
  evaluations: Map<string, EvaluationState>,
  evaluation: RecordedEvaluation,
): void {
  const { evaluationId, participantId, trainingDate, distribution } = evaluation;
  evaluations.set(evaluationId, { evaluationId, participantId, trainingDate, distribution, replaced: false });
  if (participantId !== null) participants.set(participantId, { ...participants.get(participantId)!, evaluationId });
}

function markReplaced(evaluations: Map<string, EvaluationState>, evaluationId: string): void {
  evaluations.set(evaluationId, { ...evaluations.get(evaluationId)!, replaced: true });
}
