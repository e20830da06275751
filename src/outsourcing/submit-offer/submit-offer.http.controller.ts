import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { outsourcingIdParam } from '../../shared/http/id-params.js';
import { cents, text } from '../../shared/http/joi-types.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { OfferWrittenView } from '../offers.views.js';
import { SubmitOffer, type SubmitOfferRequest } from './submit-offer.handler.js';

const offerBody = Joi.object<SubmitOfferRequest>({
  lot: Joi.number().strict().integer().min(1).description('the lot offered on (tenders only)'),
  amountCents: cents().required(),
  answers: Joi.array()
    .items(Joi.object({ criterion: text(200).required(), text: text(20_000).required() }))
    .min(1)
    .max(50)
    .required()
    .description('one answer per award criterion of the call'),
});

@ApiTags('offers')
@Controller('outsourcings/:id/offers')
export class SubmitOfferController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'submitOffer',
    summary: 'Submit an offer on a call (a mandate holder with an active mandate), sealed until the deadline',
    description:
      'One offer per holder per lot (per call for incentives and open offers): a new one before the deadline replaces the earlier. ' +
      'After the deadline 409 OFFERS_CLOSED; a call launched without offersDueOn takes none (409 OFFERS_NOT_INVITED). ' +
      'An amount above the budget is flagged (overBudget), not refused.',
    body: offerBody,
    example: {
      lot: 1,
      amountCents: 9_000_000,
      answers: [
        { criterion: 'quality', text: 'Twaalf workshops met individuele coaching' },
        { criterion: 'price', text: 'Alles inbegrepen' },
      ],
    },
    status: 201,
    response: OfferWrittenView,
    notFound: true,
  })
  async submit(
    @Param('id', outsourcingIdParam) id: string,
    @Body(new JoiValidationPipe(offerBody)) body: SubmitOfferRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OfferWrittenView> {
    const result = await this.commands.execute(new SubmitOffer(id, body, context));
    void reply.header('location', `/outsourcings/${id}/offers/${result.offerId}`);
    return written(reply, result, { outsourcingId: id, offerId: result.offerId });
  }
}
