import { matchesOnMaker, shownSealed } from '../read-history/sealed-offers.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { Controller, Get, Inject, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { Readable } from 'node:stream';
import { EVENT_STORE, type EventFilter, type EventStore, type Position } from '../../shared/event-store/event-store.port.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead, NDJSON } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { RecordedEventView } from '../audit.views.js';
import { everyEvent } from '../read-history/event-page.js';
import { ApiHistoryFilters } from '../read-history/history-docs.js';
import { filterOf, type HistoryFilterQuery, historyFilters } from '../read-history/history-query.js';

const exportQuery = readQuery.keys({
  stream: Joi.string().max(200).description('one stream, e.g. outsourcing-<id> or mandate-0123.456.749'),
  ...historyFilters,
});

/**
 * The agency archives the log (or a part of it) as newline-delimited JSON: one recorded event per
 * line, exactly as /audit/events answers it. Streamed batch by batch, so the whole log never sits in
 * memory; it ends at the head the request started at, and the last line's position is where the next
 * archive resumes (`after`).
 */
@ApiTags('audit')
@Controller('audit')
export class ExportHistoryController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('events.ndjson')
  @ApiRead({
    operationId: 'exportEvents',
    summary: 'The event history as newline-delimited JSON for the archive, streamed',
    description: 'One recorded event per line, in log order; the same filters as /audit/events, and no paging.',
    ndjson: RecordedEventView,
  })
  @ApiQuery({ name: 'stream', required: false, type: String, example: 'mandate-0123.456.749' })
  @ApiHistoryFilters()
  async export(
    @Query(new JoiValidationPipe(exportQuery)) query: HistoryFilterQuery & { stream?: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { filter, after } = filterOf(this.store, query);
    const concerning = query.stream === undefined ? {} : { concerning: { streams: [query.stream] } };
    const head = await this.store.headPosition();
    void reply.header('content-disposition', `attachment; filename="daeb-events-to-${head ?? 0}.ndjson"`);
    return new StreamableFile(
      Readable.from(lines(this.store, { ...filter, ...concerning }, after, head, this.clock.now(), matchesOnMaker(query))),
      {
        type: `${NDJSON}; charset=utf-8`,
      },
    );
  }
}

async function* lines(
  store: EventStore,
  filter: EventFilter,
  after: Position | null,
  upTo: Position | null,
  now: Date,
  matchedOnMaker: boolean,
): AsyncGenerator<string> {
  for await (const event of everyEvent(store, filter, { after, upTo }))
    for (const shown of shownSealed([event], now, { matchedOnMaker })) yield `${JSON.stringify(shown)}\n`;
}
