import type { EventFilter } from './event-store.port.js';

/** A WHERE clause over the `events` table and the values it binds, in order. */
export interface SqlCondition {
  readonly clause: string;
  readonly values: readonly (string | number)[];
}

const METADATA_FIELDS = ['actor', 'role', 'correlationId'] as const;
// Field names go into a JSON path, never user text: anything but a plain identifier is a programming error.
const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The filter as SQL on the stored rows. Lists travel as one JSON array bound to `json_each`, so a
 * holder with hundreds of awards is still one bound value.
 */
export function sqlConditionOf(filter: EventFilter): SqlCondition {
  const parts: string[] = [];
  const values: (string | number)[] = [];
  const inList = (expression: string, list: readonly string[]) => {
    parts.push(`${expression} IN (SELECT value FROM json_each(?))`);
    values.push(JSON.stringify(list));
  };
  if (filter.types !== undefined) inList('type', filter.types);
  for (const field of METADATA_FIELDS) {
    const value = filter[field];
    if (value === undefined) continue;
    parts.push(`json_extract(metadata, '$.${field}') = ?`);
    values.push(value);
  }
  if (filter.recordedFrom !== undefined) {
    parts.push('recorded_at >= ?');
    values.push(filter.recordedFrom);
  }
  if (filter.recordedUntil !== undefined) {
    parts.push('recorded_at <= ?');
    values.push(filter.recordedUntil);
  }
  if (filter.concerning !== undefined) {
    const alternatives: string[] = [];
    const { streams, data = {} } = filter.concerning;
    if (streams !== undefined) {
      alternatives.push('stream IN (SELECT value FROM json_each(?))');
      values.push(JSON.stringify(streams));
    }
    for (const [field, list] of Object.entries(data)) {
      if (!FIELD.test(field)) throw new Error(`not a data field name: ${field}`);
      alternatives.push(`json_extract(data, '$.${field}') IN (SELECT value FROM json_each(?))`);
      values.push(JSON.stringify(list));
    }
    parts.push(alternatives.length === 0 ? '0' : `(${alternatives.join(' OR ')})`);
  }
  return { clause: parts.map((part) => ` AND ${part}`).join(''), values };
}
