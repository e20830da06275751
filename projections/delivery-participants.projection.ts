import type {
  EvaluationRecorded,
  EvaluationReplaced,
  ParticipantFacts,
  ParticipantRegistered,
  ParticipantRemoved,
} from '../src/delivery/domain/events.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import type { Projection } from './projection.js';

/** A participant without personal data: the vault reference is the only way to the person. */
export type ParticipantDocument = ParticipantFacts & {
  readonly moduleId: string;
  readonly awardId: string;
  readonly enterpriseNumber: string;
  readonly trainingYear: number;
  readonly removed: { readonly reason: string; readonly removedOn: string } | null;
  readonly evaluation: { readonly evaluationId: string; readonly score: number } | null;
};

type Handled = ParticipantRegistered | ParticipantRemoved | EvaluationRecorded | EvaluationReplaced;

/** One document per participant: the export and the adviser's participant read use it. */
export const deliveryParticipantsProjection: Projection<ParticipantDocument> = {
  name: 'delivery-participants',
  version: 1,
  handles: ['ParticipantRegistered', 'ParticipantRemoved', 'EvaluationRecorded', 'EvaluationReplaced'],
  documentIds(stored) {
    const event = { type: stored.type, data: stored.data } as unknown as Handled;
    if (event.type === 'ParticipantRegistered') return [event.data.participant.participantId];
    return event.data.participantId === null ? [] : [event.data.participantId];
  },
  evolve(document, stored) {
    const event = { type: stored.type, data: stored.data } as unknown as Handled;
    switch (event.type) {
      case 'ParticipantRegistered': {
        const { moduleId, awardId, enterpriseNumber, participant } = event.data;
        return {
          ...participant,
          moduleId,
          awardId,
          enterpriseNumber,
          trainingYear: yearOf(participant.trainingDate),
          removed: null,
          evaluation: null,
        };
      }
      case 'ParticipantRemoved':
        return document && { ...document, removed: { reason: event.data.reason, removedOn: event.data.removedOn }, evaluation: null };
      case 'EvaluationRecorded':
      case 'EvaluationReplaced':
        // A participant's evaluation is a distribution of one response: its score is where that one sits.
        return (
          document && {
            ...document,
            evaluation: { evaluationId: event.data.evaluationId, score: event.data.distribution.findIndex((n) => n > 0) },
          }
        );
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
};
