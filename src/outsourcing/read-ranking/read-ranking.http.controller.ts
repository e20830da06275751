import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { outsourcingIdParam } from '../../shared/http/id-params.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { CallOffers } from '../call-offers.js';
import { requireOffersClosed } from '../domain/offer-rules.js';
import { rankOffers } from '../domain/ranking.js';
import { RankingView } from '../offers.views.js';

@ApiTags('offers')
@Controller('outsourcings/:id/ranking')
export class ReadRankingController {
  constructor(@Inject(CallOffers) private readonly offers: CallOffers) {}

  @Get()
  @ApiRead({
    operationId: 'getRanking',
    summary: 'Per lot the standing offers by weighted jury score on 100, ties flagged',
    description:
      'Per criterion the mean of the members’ scores (0–10), weighted by the call’s weights, to two decimals; unscored offers last, without rank. ' +
      '409 OFFERS_SEALED before the deadline, OFFERS_NOT_INVITED for a call that takes no offers.',
    response: RankingView,
    notFound: true,
    noConsistentWith: true,
    problems: [409],
  })
  async ranking(@Param('id', outsourcingIdParam) id: string): Promise<RankingView> {
    const { call, offers, now } = await this.offers.load(id);
    requireOffersClosed(call, now);
    return { outsourcingId: id, lots: rankOffers(call, offers) };
  }
}
