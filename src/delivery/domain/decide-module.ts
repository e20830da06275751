import type { Decider } from '../../shared/domain/decider.js';
import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { assertMayDeliver, type DeliveryAccess } from './delivery-rules.js';
import { decideErasure, type EraseParticipant } from './erase-participant.js';
import type { ModuleEvent, ParticipantFacts, RecordedEvaluation, ScoreDistribution } from './events.js';
import { evolveModule, initialModuleState, type ModuleState } from './module.js';
import { assertTrainingDate, assertTrainingDates, assertYearOpen, type TrainingCalendar } from './training-dates.js';

/** Every module command carries the access facts and the module it writes to. */
interface ModuleTarget {
  readonly access: DeliveryAccess;
  readonly moduleId: string;
}

/** Commands that count into a year's figures (or take out of them) also carry the dating facts. */
interface DatedTarget extends ModuleTarget {
  readonly calendar: TrainingCalendar;
}

export type ModuleCommand =
  | {
      readonly type: 'RegisterSession';
      readonly data: ModuleTarget & { readonly sessionId: string; readonly date: string; readonly place: string; readonly hours: number };
    }
  | { readonly type: 'RegisterParticipants'; readonly data: DatedTarget & { readonly participants: readonly ParticipantFacts[] } }
  | {
      readonly type: 'RemoveParticipant';
      readonly data: DatedTarget & { readonly participantId: string; readonly reason: string; readonly removedOn: string };
    }
  | EraseParticipant
  | {
      readonly type: 'RecordEvaluation';
      readonly data: DatedTarget & {
        readonly evaluationId: string;
        readonly participantId: string | null;
        readonly trainingDate: string;
        readonly distribution: ScoreDistribution;
        readonly replaces: string | null;
      };
    };

export function decideModule(command: ModuleCommand, state: ModuleState): ModuleEvent[] {
  if (command.type === 'EraseParticipant') return decideErasure(command, state);
  const { access, moduleId } = command.data;
  assertMayDeliver(access);
  const facts = { moduleId, awardId: access.awardId, enterpriseNumber: access.enterpriseNumber };
  switch (command.type) {
    case 'RegisterSession': {
      const { sessionId, date, place, hours } = command.data;
      return [{ type: 'SessionRegistered', data: { ...facts, sessionId, date, place, hours } }];
    }
    case 'RegisterParticipants': {
      const { participants, calendar } = command.data;
      // All rows checked before anything is decided: one bad row refuses the batch, listing every bad one.
      assertTrainingDates(
        calendar,
        participants.map((p) => p.trainingDate),
      );
      return participants.map((participant) => ({ type: 'ParticipantRegistered', data: { ...facts, participant } }));
    }
    case 'RemoveParticipant': {
      const { participantId, reason, removedOn, calendar } = command.data;
      const participant = standingParticipant(state, participantId);
      assertYearOpen(calendar, participant.trainingDate, 'participantId');
      const droppedEvaluation = participant.evaluationId ? recorded(state, participant.evaluationId) : null;
      return [
        {
          type: 'ParticipantRemoved',
          data: { ...facts, participantId, trainingDate: participant.trainingDate, reason, removedOn, droppedEvaluation },
        },
      ];
    }
    case 'RecordEvaluation': {
      const { evaluationId, participantId, distribution, replaces, calendar } = command.data;
      // A participant's evaluation is dated by its training; a module's distribution by the date given.
      const trainingDate = participantId === null ? command.data.trainingDate : standingParticipant(state, participantId).trainingDate;
      assertTrainingDate(calendar, trainingDate, participantId === null ? 'trainingDate' : 'participantId');
      const evaluation: RecordedEvaluation = { evaluationId, participantId, trainingDate, distribution };
      if (replaces === null) {
        const existing = participantId === null ? null : state.participants.get(participantId)?.evaluationId;
        if (existing)
          throw ruleBroken(
            'EVALUATION_ALREADY_RECORDED',
            `participant ${participantId} already has evaluation ${existing}: send it as "replaces" to correct it`,
            'participantId',
          );
        return [{ type: 'EvaluationRecorded', data: { ...facts, ...evaluation } }];
      }
      const replaced = state.evaluations.get(replaces);
      if (!replaced) throw notFound('EVALUATION_NOT_FOUND', `no evaluation ${replaces} in module ${moduleId}`);
      if (replaced.replaced)
        throw ruleBroken('EVALUATION_ALREADY_REPLACED', `evaluation ${replaces} was already replaced or dropped`, 'replaces');
      if (replaced.participantId !== participantId)
        throw ruleBroken(
          'EVALUATION_KIND_MISMATCH',
          `evaluation ${replaces} is not of ${participantId ?? 'the module as a whole'}`,
          'replaces',
        );
      // The replaced figures are subtracted from their own year, which may be another, closed one.
      assertYearOpen(calendar, replaced.trainingDate, 'replaces');
      return [{ type: 'EvaluationReplaced', data: { ...facts, ...evaluation, replaced: recorded(state, replaces) } }];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function standingParticipant(state: ModuleState, participantId: string) {
  const participant = state.participants.get(participantId);
  if (!participant) throw notFound('PARTICIPANT_NOT_FOUND', `no participant ${participantId} in this module`);
  if (participant.removed) throw ruleBroken('PARTICIPANT_REMOVED', `participant ${participantId} was removed`);
  return participant;
}

function recorded(state: ModuleState, evaluationId: string): RecordedEvaluation {
  const { participantId, trainingDate, distribution } = state.evaluations.get(evaluationId)!;
  return { evaluationId, participantId, trainingDate, distribution };
}

export const moduleDecider: Decider<ModuleCommand, ModuleState, ModuleEvent> = {
  decide: decideModule,
  evolve: evolveModule,
  initialState: initialModuleState,
};
