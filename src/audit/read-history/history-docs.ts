import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '../../shared/auth/principal.js';
import type { Position } from '../../shared/event-store/event-store.port.js';
import { nextLinkOf } from './history-query.js';

/** The history filters in the document, written once for every route that takes them. */
export function ApiHistoryFilters() {
  return applyDecorators(
    ApiQuery({
      name: 'type',
      required: false,
      type: String,
      isArray: true,
      example: 'AwardGranted,PaymentRecorded',
      description: 'one or several event types: repeat the parameter or separate them with commas',
    }),
    ApiQuery({ name: 'actor', required: false, type: String, example: 'ann.peeters', description: 'who did it (the token subject)' }),
    ApiQuery({ name: 'role', required: false, enum: [...ROLES, 'system'], description: 'the role it was done in' }),
    ApiQuery({ name: 'correlationId', required: false, type: String, description: 'the request (X-Correlation-Id) the events came from' }),
    ApiQuery({
      name: 'from',
      required: false,
      type: String,
      example: '2016-06-01',
      description: 'recorded at or after: a timestamp with its offset, or a day (from 00:00 in Brussels)',
    }),
    ApiQuery({
      name: 'to',
      required: false,
      type: String,
      example: '2016-06-30',
      description: 'recorded at or before: a timestamp with its offset, or a day (until the end of that day in Brussels)',
    }),
    ApiQuery({ name: 'after', required: false, type: String, description: 'a log position: events strictly after it (the cursor)' }),
  );
}

/** The next page's request, also as an RFC 8288 `Link` header for clients that follow links generically. */
export function linkNext(request: FastifyRequest, reply: FastifyReply, next: Position | null): string | null {
  const link = nextLinkOf(request.url, next);
  if (link !== null) void reply.header('link', `<${link}>; rel="next"`);
  return link;
}
