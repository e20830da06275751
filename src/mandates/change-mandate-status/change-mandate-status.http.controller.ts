import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { day, enterpriseNumber, reason } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
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

@ApiTags('mandate holders')
@Controller('mandate-holders/:enterpriseNumber')
export class ChangeMandateStatusController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':action')
  @WriteRoute(['adviser'], statusChangeBody, 200, 'Suspend (disciplinary action), reinstate or revoke a mandate')
  @ApiParam({ name: 'enterpriseNumber', example: '0123.456.749' })
  @ApiParam({ name: 'action', enum: Object.keys(MANDATE_ACTIONS) })
  async change(
    @Param() params: Record<string, string>,
    @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { enterpriseNumber: holder, action } = validate<{ enterpriseNumber: string; action: MandateAction }>(target, params);
    const result = await this.commands.execute(new ChangeMandateStatus(action, holder, body, context));
    return written(reply, result, { enterpriseNumber: holder });
  }
}
