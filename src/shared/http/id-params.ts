import { uuidParam } from './uuid-param.pipe.js';

/** One route-parameter pipe per kind of id, whichever context's route names it. */
export const outsourcingIdParam = uuidParam('OUTSOURCING_NOT_FOUND', 'outsourcing');
export const awardIdParam = uuidParam('AWARD_NOT_FOUND', 'award');
export const moduleIdParam = uuidParam('MODULE_NOT_FOUND', 'module');
export const participantIdParam = uuidParam('PARTICIPANT_NOT_FOUND', 'participant');
export const offerIdParam = uuidParam('OFFER_NOT_FOUND', 'offer');
