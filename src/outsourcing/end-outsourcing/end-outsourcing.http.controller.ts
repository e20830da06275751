import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { dayOrTimestamp, reason } from '../../shared/http/joi-types.js';
import type { DatedFact } from '../../shared/domain/calendar.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { outsourcingIdParam } from '../../shared/http/id-params.js';
import { OutsourcingWrittenView } from '../outsourcing.view.js';
import { END_ACTIONS, type EndAction, EndOutsourcing } from './end-outsourcing.handler.js';

const endBody = Joi.object({
  reason: reason(),
  on: dayOrTimestamp().description('date of the decision (or a timestamp with its offset); today (Europe/Brussels) by default'),
});
type EndBody = { reason: string; on?: DatedFact };

const end = (operationId: string, summary: string, description: string, example: { reason: string; on?: string }) =>
  WriteRoute({
    operationId,
    summary,
    description: `${description} Nothing can be awarded afterwards.`,
    body: endBody,
    example,
    status: 200,
    response: OutsourcingWrittenView,
    notFound: true,
  });

/** One path per way of ending, so that a generated client has a method for each. */
@ApiTags('outsourcings')
@Controller('outsourcings/:id')
export class EndOutsourcingController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('declare-not-granted')
  @end('declareOutsourcingNotGranted', 'Declare an outsourcing not granted', 'No award was made; it still counts as launched.', {
    reason: 'no offer met the selection criteria',
    on: '2016-06-30',
  })
  declareNotGranted(
    @Param('id', outsourcingIdParam) id: string,
    @Body(new JoiValidationPipe(endBody)) body: EndBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutsourcingWrittenView> {
    return this.end('declare-not-granted', id, body, context, reply);
  }

  @Post('cancel')
  @end('cancelOutsourcing', 'Cancel an outsourcing', 'Only while no award stands.', { reason: 'the budget was withdrawn' })
  cancel(
    @Param('id', outsourcingIdParam) id: string,
    @Body(new JoiValidationPipe(endBody)) body: EndBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutsourcingWrittenView> {
    return this.end('cancel', id, body, context, reply);
  }

  @Post('close')
  @end('closeOutsourcing', 'Close an outsourcing', 'Award amounts can still be amended.', { reason: 'all lots awarded' })
  close(
    @Param('id', outsourcingIdParam) id: string,
    @Body(new JoiValidationPipe(endBody)) body: EndBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutsourcingWrittenView> {
    return this.end('close', id, body, context, reply);
  }

  /** The parameterised path clients integrated against before the explicit ones; kept, not documented. */
  @Post(':action')
  @WriteRoute({
    operationId: 'endOutsourcing',
    summary: 'End an outsourcing (superseded by the explicit paths)',
    body: endBody,
    status: 200,
    response: OutsourcingWrittenView,
  })
  @ApiExcludeEndpoint()
  byAction(
    @Param('id', outsourcingIdParam) id: string,
    @Param('action') action: string,
    @Body(new JoiValidationPipe(endBody)) body: EndBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutsourcingWrittenView> {
    if (!END_ACTIONS.includes(action as EndAction)) throw notFound('ROUTE_NOT_FOUND', `no action ${action} on an outsourcing`);
    return this.end(action as EndAction, id, body, context, reply);
  }

  private async end(action: EndAction, id: string, body: EndBody, context: CommandContext, reply: FastifyReply) {
    const result = await this.commands.execute(new EndOutsourcing(action, id, body.reason, body.on?.day, context, body.on?.at ?? null));
    return written(reply, result, { outsourcingId: id });
  }
}
