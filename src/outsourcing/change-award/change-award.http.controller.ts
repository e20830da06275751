import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { cents, dayOrTimestamp, reason } from '../../shared/http/joi-types.js';
import type { DatedFact } from '../../shared/domain/calendar.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { awardIdParam, outsourcingIdParam } from '../../shared/http/id-params.js';
import { AwardWrittenView } from '../outsourcing.view.js';
import { type AwardChangeRequest, ChangeAward } from './change-award.handler.js';

const amendBody = Joi.object({ amountCents: cents().required(), reason: reason(), amendedOn: dayOrTimestamp() });
const withdrawBody = Joi.object({ reason: reason(), withdrawnOn: dayOrTimestamp() });

@ApiTags('outsourcings')
@Controller('outsourcings/:id/awards/:awardId')
export class ChangeAwardController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('amend')
  @WriteRoute({
    operationId: 'amendAward',
    summary: "Amend an award's granted amount",
    description: 'The new amount replaces the old one in the indicators.',
    body: amendBody,
    example: { amountCents: 9_000_000, reason: 'one module dropped', amendedOn: '2016-09-01' },
    status: 200,
    response: AwardWrittenView,
    notFound: true,
  })
  amend(
    @Param('id', outsourcingIdParam) id: string,
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(amendBody)) body: { amountCents: number; reason: string; amendedOn?: DatedFact },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AwardWrittenView> {
    return this.change(
      id,
      awardId,
      { action: 'amend', amountCents: body.amountCents, reason: body.reason, on: body.amendedOn?.day, at: body.amendedOn?.at },
      context,
      reply,
    );
  }

  @Post('withdraw')
  @WriteRoute({
    operationId: 'withdrawAward',
    summary: 'Withdraw an award',
    description: 'It no longer counts, and frees its lot, slot and budget.',
    body: withdrawBody,
    example: { reason: 'the holder gave up the lot', withdrawnOn: '2016-05-02' },
    status: 200,
    response: AwardWrittenView,
    notFound: true,
  })
  withdraw(
    @Param('id', outsourcingIdParam) id: string,
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(withdrawBody)) body: { reason: string; withdrawnOn?: DatedFact },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AwardWrittenView> {
    return this.change(
      id,
      awardId,
      { action: 'withdraw', reason: body.reason, on: body.withdrawnOn?.day, at: body.withdrawnOn?.at },
      context,
      reply,
    );
  }

  private async change(id: string, awardId: string, request: AwardChangeRequest, context: CommandContext, reply: FastifyReply) {
    const result = await this.commands.execute(new ChangeAward(id, awardId, request, context));
    return written(reply, result, { outsourcingId: id, awardId });
  }
}
