import type { PipeTransform } from '@nestjs/common';
import { notFound } from '../shared/domain/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids this service made: anything else cannot name an outsourcing or an award. */
export const outsourcingIdPipe: PipeTransform<string, string> = {
  transform(value: string) {
    if (!UUID.test(value)) throw notFound('OUTSOURCING_NOT_FOUND', `no outsourcing ${value}`);
    return value.toLowerCase();
  },
};

export const awardIdPipe: PipeTransform<string, string> = {
  transform(value: string) {
    if (!UUID.test(value)) throw notFound('AWARD_NOT_FOUND', `no award ${value}`);
    return value.toLowerCase();
  },
};
