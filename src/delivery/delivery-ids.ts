import { uuidParam } from '../shared/http/uuid-param.pipe.js';

export const awardIdParam = uuidParam('AWARD_NOT_FOUND', 'award');
export const moduleIdParam = uuidParam('MODULE_NOT_FOUND', 'module');
export const participantIdParam = uuidParam('PARTICIPANT_NOT_FOUND', 'participant');
