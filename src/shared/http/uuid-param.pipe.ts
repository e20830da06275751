import type { PipeTransform } from '@nestjs/common';
import { notFound } from '../domain/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids this service made: anything else names nothing, and says so as a 404 with `code`. */
export const uuidParam = (code: string, what: string): PipeTransform<string, string> => ({
  transform(value: string) {
    if (!UUID.test(value)) throw notFound(code, `no ${what} ${value}`);
    return value.toLowerCase();
  },
});
