import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../shared/auth/auth.decorators.js';
import type { Principal } from '../../shared/auth/principal.js';
import { offerIdParam, outsourcingIdParam } from '../../shared/http/id-params.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { CallOffers } from '../call-offers.js';
import { OfferListView, OfferView } from '../offers.views.js';
import { visibleOffer, visibleOffers } from './visible-offers.js';

/** Read from the offers stream itself: whether the offers are sealed is decided on the log as it is now. */
@ApiTags('offers')
@Controller('outsourcings/:id/offers')
export class ReadOffersController {
  constructor(@Inject(CallOffers) private readonly offers: CallOffers) {}

  @Get()
  @ApiRead({
    operationId: 'listOffers',
    summary: 'The offers on a call: sealed until the deadline',
    description:
      'Before the deadline everyone reads `{ sealed: true, count }` and no offer; after it advisers, inspectors and management read every offer. ' +
      'A mandate holder reads only its own, always.',
    response: OfferListView,
    notFound: true,
    noConsistentWith: true,
  })
  async list(@Param('id', outsourcingIdParam) id: string, @CurrentPrincipal() principal: Principal): Promise<OfferListView> {
    const { call, offers, now } = await this.offers.load(id);
    return visibleOffers(call, offers, principal, now);
  }

  @Get(':offerId')
  @ApiRead({
    operationId: 'getOffer',
    summary: 'One offer: its holder, always; advisers, inspectors and management after the deadline (409 OFFERS_SEALED before)',
    description: 'Another holder’s offer answers 404.',
    response: OfferView,
    notFound: true,
    noConsistentWith: true,
    problems: [409],
  })
  async one(
    @Param('id', outsourcingIdParam) id: string,
    @Param('offerId', offerIdParam) offerId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfferView> {
    const { call, offers, now } = await this.offers.load(id);
    return visibleOffer(call, offers, principal, now, offerId);
  }
}
