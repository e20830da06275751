import type { PipeTransform } from '@nestjs/common';
import { notFound } from '../shared/domain/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids this service made: anything else names nothing, and says so as a 404. */
const uuidPipe = (code: string, what: string): PipeTransform<string, string> => ({
  transform(value: string) {
    if (!UUID.test(value)) throw notFound(code, `no ${what} ${value}`);
    return value.toLowerCase();
  },
});

export const awardIdParam = uuidPipe('AWARD_NOT_FOUND', 'award');
export const moduleIdParam = uuidPipe('MODULE_NOT_FOUND', 'module');
export const participantIdParam = uuidPipe('PARTICIPANT_NOT_FOUND', 'participant');
