import { shownSealed } from '../read-history/sealed-offers.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Joi from 'joi';
import { mandateStream } from '../../mandates/domain/events.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { enterpriseNumber } from '../../shared/http/joi-types.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { HolderHistoryView } from '../audit.views.js';
import { readPage } from '../read-history/event-page.js';
import { ApiHistoryFilters, linkNext } from '../read-history/history-docs.js';
import { filterOf, type HistoryFilterQuery, pagedHistoryFilters } from '../read-history/history-query.js';
import { awardsOf, concerningHolder } from './holder-streams.js';

const holderQuery = readQuery.keys(pagedHistoryFilters);
const holderParam = Joi.object<{ enterpriseNumber: string }>({ enterpriseNumber: enterpriseNumber().required() });

/**
 * An inspector follows one mandate holder through the whole log: its mandate, every award granted to
 * it, and the delivery and money of those awards. The log itself says which events those are (awards
 * carry the holder, delivery events their award), so no other context's read model is asked.
 */
@ApiTags('audit')
@Controller('audit/holders')
export class ReadHolderHistoryController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':enterpriseNumber')
  @ApiRead({
    operationId: 'listHolderEvents',
    summary: 'Everything that concerns one mandate holder, in log order: mandate, awards, delivery, money, follow-ups',
    description:
      'Other holders’ events never appear, not even from a call they share. Takes the same filters as /audit/events, and pages by the same cursor.',
    response: HolderHistoryView,
    notFound: true,
  })
  @ApiParam({ name: 'enterpriseNumber', example: '0123.456.749' })
  @ApiHistoryFilters()
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'page size, 1 to 1000 (200)' })
  async holder(
    @Param('enterpriseNumber') raw: string,
    @Query(new JoiValidationPipe(holderQuery)) query: HistoryFilterQuery & { limit: number },
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HolderHistoryView> {
    const holder = validate(holderParam, { enterpriseNumber: raw }).enterpriseNumber;
    const { filter, after } = filterOf(this.store, query);
    const mandate = await this.store.readFiltered({ concerning: { streams: [mandateStream(holder)] } }, { after: null, limit: 1 });
    if (mandate.events.length === 0) throw notFound('MANDATE_HOLDER_NOT_FOUND', `no mandate holder ${holder}`);
    // The head first: the page stops there, so an award granted while it is read is not skipped.
    const head = await this.store.headPosition();
    const awardIds = await awardsOf(this.store, holder);
    const page = await readPage(
      this.store,
      { ...filter, concerning: concerningHolder(holder, awardIds) },
      { after, limit: query.limit, upTo: head },
    );
    const now = this.clock.now();
    // A sealed offer is here only because it names the holder: that it offered is itself sealed.
    const items = shownSealed(page.items, now, { matchedOnMaker: true });
    return { enterpriseNumber: holder, awardIds, ...page, items, nextLink: linkNext(request, reply, page.next) };
  }
}
