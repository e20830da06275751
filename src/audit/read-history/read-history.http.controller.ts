import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import { IntegrityMonitor } from '../../platform/integrity/integrity-monitor.js';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../../shared/event-store/event-store.port.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { RequestValidationError } from '../../shared/http/problem.js';
import { EventPageView, IntegrityView } from '../audit.views.js';
import { readQuery } from '../../shared/http/read-query.js';

const historyQuery = readQuery.keys({
  stream: Joi.string().max(200).description('one stream, e.g. outsourcing-<id> or mandate-0123.456.749'),
  after: Joi.string().max(64).description('a log position: events strictly after it'),
  limit: Joi.number().integer().min(1).max(1000).default(200),
});
type HistoryQuery = { stream?: string; after?: string; limit: number };

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
  ) {}

  @Get('events')
  @ApiRead({
    operationId: 'listEvents',
    summary: 'The event history: of one stream, or the whole log from a position, in order',
    response: EventPageView,
  })
  @ApiQuery({ name: 'stream', required: false, type: String, example: 'mandate-0123.456.749' })
  @ApiQuery({ name: 'after', required: false, type: String, description: 'a log position: events strictly after it' })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async events(@Query(new JoiValidationPipe(historyQuery)) query: HistoryQuery): Promise<EventPageView> {
    const after = query.after === undefined ? null : this.store.parsePosition(query.after);
    if (query.after !== undefined && after === null)
      throw new RequestValidationError([{ path: 'after', message: 'after must be a position this service returned' }]);
    let events: readonly StoredEvent[];
    if (query.stream) {
      const all = await this.store.readStream(query.stream);
      events = all.filter((e) => after === null || this.store.comparePositions(e.position, after) > 0).slice(0, query.limit);
    } else {
      events = (await this.store.readAll({ after, limit: query.limit })).events;
    }
    const last = events.length > 0 ? events[events.length - 1].position : null;
    return { items: events, next: events.length === query.limit ? last : null };
  }

  @Get('integrity')
  @ApiRead({
    operationId: 'verifyIntegrity',
    summary: 'Verifies the whole log and its anchors now',
    description:
      '"intact up to position N, last anchor M at T", or the first broken position and why (altered, forged, missing, truncated, anchor faults).',
    response: IntegrityView,
  })
  integrity(): IntegrityView {
    return this.integrityMonitor.verifyNow();
  }
}
