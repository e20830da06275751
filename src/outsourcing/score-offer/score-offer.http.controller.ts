import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { offerIdParam, outsourcingIdParam } from '../../shared/http/id-params.js';
import { displayName, text } from '../../shared/http/joi-types.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { MAX_SCORE } from '../domain/decide-offers.js';
import { OfferWrittenView } from '../offers.views.js';
import { ScoreOffer, type ScoreOfferRequest } from './score-offer.handler.js';

const scoresBody = Joi.object<ScoreOfferRequest>({
  member: displayName().required().description('the jury member; scoring again replaces their scores'),
  external: Joi.boolean().strict().default(false).description('a member from outside the agency'),
  scores: Joi.array()
    .items(Joi.object({ criterion: text(200).required(), score: Joi.number().strict().min(0).max(MAX_SCORE).required() }))
    .min(1)
    .max(50)
    .required()
    .description(`one score from 0 to ${MAX_SCORE} per award criterion of the call`),
});

@ApiTags('offers')
@Controller('outsourcings/:id/offers')
export class ScoreOfferController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':offerId/scores')
  @WriteRoute({
    operationId: 'scoreOffer',
    summary: 'Record one jury member’s scores of an offer, after the deadline',
    description:
      'Before the deadline 409 OFFERS_SEALED; once the offer’s lot is awarded 409 LOT_ALREADY_AWARDED (the award keeps the scores it ' +
      'was decided on). Every award criterion is scored once; a missing or unknown one is named.',
    body: scoresBody,
    example: {
      member: 'Jan Claes',
      external: true,
      scores: [
        { criterion: 'quality', score: 8 },
        { criterion: 'price', score: 6.5 },
      ],
    },
    status: 201,
    response: OfferWrittenView,
    notFound: true,
  })
  async score(
    @Param('id', outsourcingIdParam) id: string,
    @Param('offerId', offerIdParam) offerId: string,
    @Body(new JoiValidationPipe(scoresBody)) body: ScoreOfferRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OfferWrittenView> {
    const result = await this.commands.execute(new ScoreOffer(id, offerId, body, context));
    return written(reply, result, { outsourcingId: id, offerId });
  }
}
