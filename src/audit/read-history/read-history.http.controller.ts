import { matchesOnMaker, shownSealed } from './sealed-offers.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IntegrityMonitor } from '../../platform/integrity/integrity-monitor.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { EventPageView, IntegrityView } from '../audit.views.js';
import { ApiHistoryFilters, linkNext } from './history-docs.js';
import { filterOf, type HistoryFilterQuery, historyQuery } from './history-query.js';
import { readPage } from './event-page.js';

type HistoryQuery = HistoryFilterQuery & { stream?: string; limit: number };

/**
 * Inspectors read the history as it was recorded: every event with who, when and which request.
 * Read straight from the log, never from a projection, and never changed by anyone.
 */
@ApiTags('audit')
@Controller('audit')
export class ReadHistoryController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(IntegrityMonitor) private readonly integrityMonitor: IntegrityMonitor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('events')
  @ApiRead({
    operationId: 'listEvents',
    summary: 'The event history in log order: all of it, one stream, or filtered by type, who, when and which request',
    description:
      'Filters combine (all must hold). Paged by a cursor: `next` is the `after` of the next page, `nextLink` the whole request.',
    response: EventPageView,
  })
  @ApiQuery({ name: 'stream', required: false, type: String, example: 'mandate-0123.456.749' })
  @ApiHistoryFilters()
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'page size, 1 to 1000 (200)' })
  async events(
    @Query(new JoiValidationPipe(historyQuery)) query: HistoryQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EventPageView> {
    const { filter, after } = filterOf(this.store, query);
    const concerning = query.stream === undefined ? {} : { concerning: { streams: [query.stream] } };
    const { items, next } = await readPage(this.store, { ...filter, ...concerning }, { after, limit: query.limit });
    const now = this.clock.now();
    return { items: shownSealed(items, now, { matchedOnMaker: matchesOnMaker(query) }), next, nextLink: linkNext(request, reply, next) };
  }

  @Get('integrity')
  @ApiRead({
    operationId: 'verifyIntegrity',
    summary: 'Verifies the whole log and its anchors now',
    description:
      '"intact up to position N, last anchor M at T", or the first broken position and why (altered, forged, missing, truncated, anchor faults).',
    response: IntegrityView,
  })
  integrity(): Promise<IntegrityView> {
    return this.integrityMonitor.verifyNow();
  }
}
