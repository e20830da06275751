import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import type { ErasureBasis, ParticipantErased } from './events.js';
import type { ModuleState } from './module.js';

export interface EraseParticipant {
  readonly type: 'EraseParticipant';
  readonly data: {
    readonly moduleId: string;
    readonly participantId: string;
    readonly basis: ErasureBasis;
    readonly reason: string;
    readonly erasedOn: string;
  };
}

/**
 * The right to erasure does not wait for a mandate, an award or an open year: unlike every other module
 * command it reads no access and no calendar, and it changes no figure (the participant still counts),
 * so a closed year stays as it was. A participant removed as a mistake lost its personal data then.
 */
export function decideErasure({ data }: EraseParticipant, state: ModuleState): [ParticipantErased] {
  const { moduleId, participantId, basis, reason, erasedOn } = data;
  const participant = state.participants.get(participantId);
  if (!participant || !state.facts) throw notFound('PARTICIPANT_NOT_FOUND', `no participant ${participantId} in module ${moduleId}`);
  if (participant.removed)
    throw ruleBroken('PARTICIPANT_REMOVED', `participant ${participantId} was removed: its personal data were erased then`);
  if (participant.erased)
    throw ruleBroken('PARTICIPANT_ALREADY_ERASED', `the personal data of participant ${participantId} were erased already`);
  const { awardId, enterpriseNumber } = state.facts;
  return [{ type: 'ParticipantErased', data: { moduleId, awardId, enterpriseNumber, participantId, basis, reason, erasedOn } }];
}
