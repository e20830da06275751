import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { type CommandContext, WriteContext } from '../../shared/application/command-context.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { dayOrTimestamp, reason } from '../../shared/http/joi-types.js';
import type { DatedFact } from '../../shared/domain/calendar.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { outsourcingIdPipe } from '../outsourcing-id.pipe.js';
import { END_ACTIONS, type EndAction, EndOutsourcing } from './end-outsourcing.handler.js';

const endBody = Joi.object({
  reason: reason(),
  on: dayOrTimestamp().description('date of the decision (or a timestamp with its offset); today (Europe/Brussels) by default'),
});
type EndBody = { reason: string; on?: DatedFact };

@ApiTags('outsourcings')
@Controller('outsourcings/:id')
export class EndOutsourcingController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** declare-not-granted: no award (it still counts as launched); cancel: only without a standing award; close: amounts can still be amended. */
  @Post(':action')
  @WriteRoute(['adviser'], endBody, 200, 'End the outsourcing: declare-not-granted, cancel or close; nothing can be awarded afterwards')
  @ApiParam({ name: 'action', enum: END_ACTIONS })
  async end(
    @Param('id', outsourcingIdPipe) id: string,
    @Param('action') action: string,
    @Body(new JoiValidationPipe(endBody)) body: EndBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!END_ACTIONS.includes(action as EndAction)) throw notFound('ROUTE_NOT_FOUND', `no action ${action} on an outsourcing`);
    const result = await this.commands.execute(
      new EndOutsourcing(action as EndAction, id, body.reason, body.on?.day, context, body.on?.at ?? null),
    );
    return written(reply, result, { outsourcingId: id });
  }
}
