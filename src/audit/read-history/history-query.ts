import Joi from 'joi';
import { EVENT_SCHEMAS } from '../../platform/event-schemas.js';
import { ROLES } from '../../shared/auth/principal.js';
import type { EventFilter, EventStore, Position } from '../../shared/event-store/event-store.port.js';
import { instantParameter, toAsOfTimestamp, toFromTimestamp } from '../../shared/http/as-of.js';
import { RequestValidationError } from '../../shared/http/problem.js';
import { readQuery } from '../../shared/http/read-query.js';

/** The roles events are recorded with: the callers' roles, and the service's own for the log's anchors. */
const RECORDED_ROLES = [...ROLES, 'system'];

/** The filters every history read accepts: the whole log, one holder's part of it, or the archive stream. */
export const historyFilters = {
  type: Joi.array()
    .single()
    .items(Joi.string().max(2000))
    .max(50)
    .description('one or several event types: repeat the parameter or separate them with commas'),
  actor: Joi.string().max(200).description('who did it (the token subject)'),
  role: Joi.string().valid(...RECORDED_ROLES),
  correlationId: Joi.string().max(100).description('the request (X-Correlation-Id) the events came from'),
  from: instantParameter('from').description('recorded at or after: a timestamp with offset, or a day (from 00:00 in Brussels)'),
  to: instantParameter('to').description('recorded at or before: a timestamp with offset, or a day (until its end in Brussels)'),
  after: Joi.string().max(64).description('a log position: events strictly after it (the cursor of the next page)'),
};

/** The paged reads add a page size. */
export const pagedHistoryFilters = { ...historyFilters, limit: Joi.number().integer().min(1).max(1000).default(200) };

export const historyQuery = readQuery.keys({
  stream: Joi.string().max(200).description('one stream, e.g. outsourcing-<id> or mandate-0123.456.749'),
  ...pagedHistoryFilters,
});

export interface HistoryFilterQuery {
  readonly type?: readonly string[];
  readonly actor?: string;
  readonly role?: string;
  readonly correlationId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly after?: string;
}

/** The validated query as a store filter and a cursor; an unknown event type or a range that ends before it starts is a 400. */
export function filterOf(store: EventStore, query: HistoryFilterQuery): { filter: EventFilter; after: Position | null } {
  const after = query.after === undefined ? null : store.parsePosition(query.after);
  if (query.after !== undefined && after === null)
    throw new RequestValidationError([{ path: 'after', message: 'after must be a position this service returned' }]);
  const types = query.type?.flatMap((t) => t.split(',')).map((t) => t.trim());
  const unknown = types?.filter((t) => !EVENT_SCHEMAS.has(t));
  if (unknown?.length)
    throw new RequestValidationError([{ path: 'type', message: `type names no event type of this service: ${unknown.join(', ')}` }]);
  const recordedFrom = query.from === undefined ? undefined : toFromTimestamp(query.from);
  const recordedUntil = query.to === undefined ? undefined : toAsOfTimestamp(query.to);
  if (recordedFrom && recordedUntil && recordedFrom > recordedUntil)
    throw new RequestValidationError([{ path: 'to', message: 'to must not be before from' }]);
  const filter: EventFilter = {
    ...(types ? { types } : {}),
    ...(query.actor === undefined ? {} : { actor: query.actor }),
    ...(query.role === undefined ? {} : { role: query.role }),
    ...(query.correlationId === undefined ? {} : { correlationId: query.correlationId }),
    ...(recordedFrom ? { recordedFrom } : {}),
    ...(recordedUntil ? { recordedUntil } : {}),
  };
  return { filter, after };
}

/** The same request with the cursor moved: what a client follows to the next page. */
export function nextLinkOf(url: string, next: Position | null): string | null {
  if (next === null) return null;
  const [path, search = ''] = url.split('?');
  const params = new URLSearchParams(search);
  params.set('after', String(next));
  return `${path}?${params.toString()}`;
}
