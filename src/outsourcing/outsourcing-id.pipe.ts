import { uuidParam } from '../shared/http/uuid-param.pipe.js';

export const outsourcingIdPipe = uuidParam('OUTSOURCING_NOT_FOUND', 'outsourcing');
export const awardIdPipe = uuidParam('AWARD_NOT_FOUND', 'award');
