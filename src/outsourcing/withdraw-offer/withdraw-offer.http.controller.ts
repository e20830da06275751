import { Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../shared/application/command-context.js';
import { offerIdParam, outsourcingIdParam } from '../../shared/http/id-params.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { OfferWrittenView } from '../offers.views.js';
import { WithdrawOffer } from './withdraw-offer.handler.js';

@ApiTags('offers')
@Controller('outsourcings/:id/offers')
export class WithdrawOfferController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':offerId/withdraw')
  @WriteRoute({
    operationId: 'withdrawOffer',
    summary: 'Withdraw the holder’s own offer before the deadline',
    description: 'Another holder’s offer answers 404; after the deadline 409 OFFERS_CLOSED.',
    body: null,
    status: 200,
    response: OfferWrittenView,
    notFound: true,
  })
  async withdraw(
    @Param('id', outsourcingIdParam) id: string,
    @Param('offerId', offerIdParam) offerId: string,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OfferWrittenView> {
    const result = await this.commands.execute(new WithdrawOffer(id, offerId, context));
    return written(reply, result, { outsourcingId: id, offerId });
  }
}
