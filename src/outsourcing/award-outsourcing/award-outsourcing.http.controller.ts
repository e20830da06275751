import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { cents, dayOrTimestamp, enterpriseNumber, text } from '../../shared/http/joi-types.js';
import type { DatedFact } from '../../shared/domain/calendar.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { AwardOutsourcing, type AwardOutsourcingRequest } from './award-outsourcing.handler.js';
import { outsourcingIdParam } from '../../shared/http/id-params.js';
import { AwardWrittenView } from '../outsourcing.view.js';

const juryReport = Joi.object({
  motivation: text(5000).required(),
  members: Joi.array()
    .items(Joi.object({ name: text(200).required(), external: Joi.boolean().strict().required() }))
    .min(1)
    .required(),
  scores: Joi.array()
    .items(Joi.object({ criterion: text(200).required(), score: Joi.number().strict().min(0).max(100).required() }))
    .default([]),
});

type AwardBody = DistributiveOmit<AwardOutsourcingRequest, 'awardedOn' | 'awardedAt'> & { readonly awardedOn?: DatedFact };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Given with offerId, these come from the offer; without it, they are required. */
const direct = (schema: Joi.Schema) =>
  schema.when('offerId', {
    is: Joi.exist(),
    then: Joi.forbidden().messages({ 'any.unknown': '{#label} comes from the offer named by offerId' }),
    otherwise: Joi.required(),
  });

const awardBody = Joi.object<AwardBody>({
  offerId: Joi.string().guid().description('award an offer: holder, lot and amount come from it, the jury scores make the report'),
  motivation: text(5000)
    .when('offerId', { is: Joi.exist(), otherwise: Joi.forbidden().messages({ 'any.unknown': '{#label} goes with offerId' }) })
    .description('with offerId: why this offer, required when it is not ranked first on its lot'),
  lot: Joi.number()
    .strict()
    .integer()
    .min(1)
    .when('offerId', {
      is: Joi.exist(),
      then: Joi.forbidden().messages({ 'any.unknown': '{#label} comes from the offer named by offerId' }),
      otherwise: Joi.optional(),
    })
    .description('the lot number (tenders only)'),
  enterpriseNumber: direct(enterpriseNumber()),
  amountCents: direct(cents()),
  awardedOn: dayOrTimestamp().description(
    'date of the award decision, or a timestamp with its offset that counts on its Brussels day; today (Europe/Brussels) by default',
  ),
  juryReport: direct(juryReport),
  approvedSubjects: Joi.array().items(text(200)).unique().description('open offers: the approved training subjects'),
});

@ApiTags('outsourcings')
@Controller('outsourcings/:id/awards')
export class AwardOutsourcingController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'awardOutsourcing',
    summary: 'Award (gunning) a lot, an incentive or an open-offer package to a mandate holder, directly or from an offer',
    description:
      'With offerId the holder, lot and amount come from the offer and the jury report from its scores; an offer not ranked first ' +
      '(or tied first) on its lot needs a motivation (409 MOTIVATION_REQUIRED). Every rule of a direct award still holds. ' +
      'A call with a deadline takes no direct award until it has passed (409 OFFERS_STILL_OPEN); after it, a direct award ' +
      'records one entered after the fact.',
    body: awardBody,
    example: {
      lot: 1,
      enterpriseNumber: '0123.456.749',
      amountCents: 10_000_000,
      awardedOn: '2016-04-01',
      juryReport: {
        motivation: 'Best value for the target group',
        members: [{ name: 'Jan Jury', external: true }],
        scores: [{ criterion: 'quality', score: 8 }],
      },
    },
    status: 201,
    response: AwardWrittenView,
    notFound: true,
  })
  async award(
    @Param('id', outsourcingIdParam) id: string,
    @Body(new JoiValidationPipe(awardBody)) body: AwardBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AwardWrittenView> {
    const { awardedOn, ...terms } = body;
    const request = {
      ...terms,
      ...(awardedOn ? { awardedOn: awardedOn.day } : {}),
      ...(awardedOn?.at ? { awardedAt: awardedOn.at } : {}),
    } as AwardOutsourcingRequest;
    const result = await this.commands.execute(new AwardOutsourcing(id, request, context));
    return written(reply, result, { outsourcingId: id, awardId: result.awardId });
  }
}
