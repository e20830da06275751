import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MANDATE_QUERIES, type MandateQueries } from '../../mandates/mandates.queries.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { outsourcingIdParam } from '../../shared/http/id-params.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { CallOffers } from '../call-offers.js';
import { type AwardGranted, type AwardWithdrawn, outsourcingStream } from '../domain/events.js';
import { rankOffers } from '../domain/ranking.js';
import { isSealed } from '../read-offers/visible-offers.js';
import { juryReportHtml } from './jury-report-html.js';

@ApiTags('offers')
@Controller('outsourcings/:id/jury-report')
export class ReadJuryReportController {
  constructor(
    @Inject(CallOffers) private readonly offers: CallOffers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
  ) {}

  @Get()
  @ApiRead({
    operationId: 'getJuryReport',
    summary: 'The jury report of a call, in Dutch, ready to print (text/html)',
    description:
      'The call, its criteria and weights, the jury members (external ones marked), every offer with each member’s scores and its rank, ' +
      'and the awards with their motivation. Before the deadline the offers stay sealed.',
    text: { 'text/html': '<!doctype html><html lang="nl"><head><title>Juryverslag – …</title></head><body>…</body></html>' },
    notFound: true,
    noConsistentWith: true,
  })
  async report(@Param('id', outsourcingIdParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { terms, call, offers, now } = await this.offers.load(id);
    const sealed = isSealed(call, now);
    const awards = awardsOf(await this.store.readStream(outsourcingStream(id)));
    const names = await this.mandates.holderNames();
    void reply.header('content-type', 'text/html; charset=utf-8');
    return juryReportHtml({
      call: terms,
      sealed,
      offers: sealed ? [] : offers.offers,
      ranking: sealed || call.offersDueAt === null ? [] : rankOffers(call, offers),
      awards,
      names,
    });
  }
}

/** The awards with their jury reports as granted, and their withdrawal if any: the call's aggregate keeps neither. */
function awardsOf(events: readonly { readonly type: string; readonly data: unknown }[]) {
  const withdrawals = new Map(
    events
      .filter((e) => e.type === 'AwardWithdrawn')
      .map((e) => [(e.data as AwardWithdrawn['data']).awardId, e.data as AwardWithdrawn['data']]),
  );
  return events
    .filter((e) => e.type === 'AwardGranted')
    .map((e) => e.data as AwardGranted['data'])
    .map((granted) => ({ granted, withdrawn: withdrawals.get(granted.awardId) ?? null }));
}
