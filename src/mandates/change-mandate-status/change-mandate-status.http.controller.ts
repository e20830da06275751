import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { day, enterpriseNumber, reason } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { MandateWrittenView } from '../mandate-holder.view.js';
import {
  ChangeMandateStatus,
  type ChangeMandateStatusRequest,
  MANDATE_ACTIONS,
  type MandateAction,
} from './change-mandate-status.handler.js';

const statusChangeBody = Joi.object<ChangeMandateStatusRequest>({
  reason: reason(),
  effectiveOn: day().description('date the change takes effect; today (Europe/Brussels) by default'),
});
const target = Joi.object({
  enterpriseNumber: enterpriseNumber().required(),
  action: Joi.string()
    .valid(...Object.keys(MANDATE_ACTIONS))
    .required(),
});
const change = (operationId: string, summary: string, description: string, example: ChangeMandateStatusRequest) =>
  WriteRoute({
    operationId,
    summary,
    description,
    body: statusChangeBody,
    example,
    status: 200,
    response: MandateWrittenView,
    notFound: true,
  });

/** One path per action, so that a generated client has suspendMandate, reinstateMandate and revokeMandate. */
@ApiTags('mandate holders')
@ApiParam({ name: 'enterpriseNumber', example: '0123.456.749' })
@Controller('mandate-holders/:enterpriseNumber')
export class ChangeMandateStatusController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('suspend')
  @change('suspendMandate', 'Suspend a mandate', 'A disciplinary action: the holder may not be awarded while suspended.', {
    reason: 'two lesson visits found no trainer present',
    effectiveOn: '2016-07-01',
  })
  suspend(
    @Param() params: Record<string, string>,
    @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateWrittenView> {
    return this.change({ ...params, action: 'suspend' }, body, context, reply);
  }

  @Post('reinstate')
  @change('reinstateMandate', 'Reinstate a suspended mandate', 'Ends a suspension.', {
    reason: 'the corrective plan was carried out',
  })
  reinstate(
    @Param() params: Record<string, string>,
    @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateWrittenView> {
    return this.change({ ...params, action: 'reinstate' }, body, context, reply);
  }

  @Post('revoke')
  @change('revokeMandate', 'Revoke a mandate', 'Final: a revoked mandate cannot be reinstated.', {
    reason: 'the organisation stopped its training activity',
  })
  revoke(
    @Param() params: Record<string, string>,
    @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateWrittenView> {
    return this.change({ ...params, action: 'revoke' }, body, context, reply);
  }

  /** The parameterised path clients integrated against before the explicit ones; kept, not documented. */
  @Post(':action')
  @WriteRoute({
    operationId: 'changeMandateStatus',
    summary: 'Suspend, reinstate or revoke a mandate (superseded by the explicit paths)',
    body: statusChangeBody,
    status: 200,
    response: MandateWrittenView,
  })
  @ApiExcludeEndpoint()
  byAction(
    @Param() params: Record<string, string>,
    @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateWrittenView> {
    return this.change(params, body, context, reply);
  }

  private async change(params: Record<string, string>, body: ChangeMandateStatusRequest, context: CommandContext, reply: FastifyReply) {
    const { enterpriseNumber: holder, action } = validate<{ enterpriseNumber: string; action: MandateAction }>(target, params);
    const result = await this.commands.execute(new ChangeMandateStatus(action, holder, body, context));
    return written(reply, result, { enterpriseNumber: holder });
  }
}
