import { yearOf } from '../../shared/domain/calendar.js';
import type { Decider } from '../../shared/domain/decider.js';
import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { assertMayDeliverOn, type DeliveryAccess } from './delivery-rules.js';
import { decideErasure, type EraseParticipant } from './erase-participant.js';
import type { ModuleEvent, ParticipantFacts, RecordedEvaluation, ScoreDistribution } from './events.js';
import { evolveModule, initialModuleState, type ModuleState } from './module.js';
import {
  assertNoDistributionIn,
  assertNoScoresIn,
  assertResponsesWithin,
  distributionIn,
  participantsIn,
  responsesOfEvaluation,
} from './module-responses.js';
import { assertDeliveredOn, assertDeliveredOnAll, assertYearOpen, type TrainingCalendar } from './training-dates.js';

/** Every module command carries the access facts, the dating facts and the module it writes to. */
interface ModuleTarget {
  readonly access: DeliveryAccess;
  readonly calendar: TrainingCalendar;
  readonly moduleId: string;
}

export type ModuleCommand =
  | {
      readonly type: 'RegisterSession';
      readonly data: ModuleTarget & { readonly sessionId: string; readonly date: string; readonly place: string; readonly hours: number };
    }
  | { readonly type: 'RegisterParticipants'; readonly data: ModuleTarget & { readonly participants: readonly ParticipantFacts[] } }
  | {
      readonly type: 'RemoveParticipant';
      readonly data: ModuleTarget & { readonly participantId: string; readonly reason: string; readonly removedOn: string };
    }
  | EraseParticipant
  | {
      readonly type: 'RecordEvaluation';
      readonly data: ModuleTarget & {
        readonly evaluationId: string;
        readonly participantId: string | null;
        readonly trainingDate: string;
        readonly distribution: ScoreDistribution;
        readonly replaces: string | null;
      };
    };

type Facts = Pick<ModuleEvent['data'], 'moduleId' | 'awardId' | 'enterpriseNumber'>;

export function decideModule(command: ModuleCommand, state: ModuleState): ModuleEvent[] {
  // An erasure is judged on nothing but the person: it needs no mandate, award or open year.
  if (command.type === 'EraseParticipant') return decideErasure(command, state);
  const { access, calendar, moduleId } = command.data;
  const facts: Facts = { moduleId, awardId: access.awardId, enterpriseNumber: access.enterpriseNumber };
  switch (command.type) {
    case 'RegisterSession': {
      const { sessionId, date, place, hours } = command.data;
      const session: ModuleEvent = { type: 'SessionRegistered', data: { ...facts, sessionId, date, place, hours } };
      // The ids of a write are derived from its Idempotency-Key: an id already here is the retry of that write.
      if (state.sessionIds.has(sessionId)) return [session];
      assertDeliveredOn(access, calendar, date, 'date');
      return [session];
    }
    case 'RegisterParticipants': {
      const { participants } = command.data;
      const registered = participants.map((participant): ModuleEvent => ({
        type: 'ParticipantRegistered',
        data: { ...facts, participant },
      }));
      if (participants.length > 0 && state.participants.has(participants[0].participantId)) return registered;
      // All rows checked before anything is decided: one bad row refuses the batch, listing every bad one.
      assertDeliveredOnAll(
        access,
        calendar,
        participants.map((p) => p.trainingDate),
      );
      return registered;
    }
    case 'RemoveParticipant':
      return decideRemoval(command.data, state, facts);
    case 'RecordEvaluation':
      return decideEvaluation(command.data, state, facts);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function decideRemoval(
  { access, calendar, participantId, reason, removedOn }: Extract<ModuleCommand, { type: 'RemoveParticipant' }>['data'],
  state: ModuleState,
  facts: Facts,
): ModuleEvent[] {
  const participant = standingParticipant(state, participantId);
  const { trainingDate } = participant;
  assertYearOpen(calendar, trainingDate, 'participantId');
  assertMayDeliverOn(access, trainingDate, 'participantId');
  const year = yearOf(trainingDate);
  const distribution = distributionIn(state, year);
  if (distribution)
    assertResponsesWithin(
      responsesOfEvaluation(distribution),
      participantsIn(state, year) - 1,
      year,
      'participantId',
      `: replace distribution ${distribution.evaluationId} first`,
    );
  const droppedEvaluation = participant.evaluationId ? recorded(state, participant.evaluationId) : null;
  return [{ type: 'ParticipantRemoved', data: { ...facts, participantId, trainingDate, reason, removedOn, droppedEvaluation } }];
}

function decideEvaluation(
  data: Extract<ModuleCommand, { type: 'RecordEvaluation' }>['data'],
  state: ModuleState,
  facts: Facts,
): ModuleEvent[] {
  const { access, calendar, evaluationId, participantId, distribution, replaces } = data;
  if (state.evaluations.has(evaluationId)) return [{ type: 'EvaluationRecorded', data: { ...facts, ...recorded(state, evaluationId) } }];
  // A participant's evaluation is dated by its training; a module's distribution by the date given.
  const trainingDate = participantId === null ? data.trainingDate : standingParticipant(state, participantId).trainingDate;
  assertDeliveredOn(access, calendar, trainingDate, participantId === null ? 'trainingDate' : 'participantId');
  const evaluation: RecordedEvaluation = { evaluationId, participantId, trainingDate, distribution };
  const year = yearOf(trainingDate);
  if (participantId === null) assertNoScoresIn(state, year);
  const replaced = replaces === null ? earlierOf(state, evaluation) : replaceable(state, evaluation, replaces);
  // The replaced figures are subtracted from their own year, which may be another, closed one.
  if (replaced) assertYearOpen(calendar, replaced.trainingDate, replaces === null ? 'distribution' : 'replaces');
  if (participantId === null) assertResponsesWithin(responsesOfEvaluation(evaluation), participantsIn(state, year), year, 'distribution');
  if (replaced === null) return [{ type: 'EvaluationRecorded', data: { ...facts, ...evaluation } }];
  return [{ type: 'EvaluationReplaced', data: { ...facts, ...evaluation, replaced } }];
}

/** Without "replaces": a participant evaluates once; a new distribution of the year replaces the earlier one. */
function earlierOf(state: ModuleState, { participantId, trainingDate }: RecordedEvaluation): RecordedEvaluation | null {
  if (participantId === null) return distributionIn(state, yearOf(trainingDate));
  assertNoDistributionIn(state, yearOf(trainingDate));
  const existing = state.participants.get(participantId)?.evaluationId;
  if (existing)
    throw ruleBroken(
      'EVALUATION_ALREADY_RECORDED',
      `participant ${participantId} already has evaluation ${existing}: send it as "replaces" to correct it`,
      'participantId',
    );
  return null;
}

function replaceable(state: ModuleState, evaluation: RecordedEvaluation, replaces: string): RecordedEvaluation {
  const replaced = state.evaluations.get(replaces);
  if (!replaced) throw notFound('EVALUATION_NOT_FOUND', `no evaluation ${replaces} in this module`);
  if (replaced.replaced)
    throw ruleBroken('EVALUATION_ALREADY_REPLACED', `evaluation ${replaces} was already replaced or dropped`, 'replaces');
  if (replaced.participantId !== evaluation.participantId)
    throw ruleBroken(
      'EVALUATION_KIND_MISMATCH',
      `evaluation ${replaces} is not of ${evaluation.participantId ?? 'the module as a whole'}`,
      'replaces',
    );
  const other = evaluation.participantId === null ? distributionIn(state, yearOf(evaluation.trainingDate)) : null;
  if (other && other.evaluationId !== replaces)
    throw ruleBroken(
      'EVALUATION_ALREADY_RECORDED',
      `distribution ${other.evaluationId} already counts ${yearOf(evaluation.trainingDate)}: replace that one`,
      'replaces',
    );
  return recorded(state, replaces);
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
