import type {
  EvaluationRecorded,
  EvaluationReplaced,
  ParticipantFacts,
  ParticipantRegistered,
  ParticipantRemoved,
} from '../src/delivery/domain/events.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

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

/** A participant's evaluation is a distribution of one response: its score is where that one sits. */
const evaluated = onExisting<ParticipantDocument, StoredOf<Handled, 'EvaluationRecorded' | 'EvaluationReplaced'>>((document, { data }) => ({
  ...document,
  evaluation: { evaluationId: data.evaluationId, score: data.distribution.findIndex((n) => n > 0) },
}));

/** One document per participant: the export and the adviser's participant read use it. */
export const deliveryParticipantsProjection = defineProjection<ParticipantDocument, Handled>({
  name: 'delivery-participants',
  version: 1,
  documentIds(event) {
    if (event.type === 'ParticipantRegistered') return [event.data.participant.participantId];
    return event.data.participantId === null ? [] : [event.data.participantId];
  },
  on: {
    ParticipantRegistered: (_, { data: { moduleId, awardId, enterpriseNumber, participant } }) => ({
      ...participant,
      moduleId,
      awardId,
      enterpriseNumber,
      trainingYear: yearOf(participant.trainingDate),
      removed: null,
      evaluation: null,
    }),
    ParticipantRemoved: onExisting((document, { data }) => ({
      ...document,
      removed: { reason: data.reason, removedOn: data.removedOn },
      evaluation: null,
    })),
    EvaluationRecorded: evaluated,
    EvaluationReplaced: evaluated,
  },
});
