import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { type CommandContext, WriteContext } from '../../shared/application/command-context.js';
import { Roles } from '../../shared/auth/auth.decorators.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { day, enterpriseNumber, reason } from '../../shared/http/joi-types.js';
import { ApiWrite } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { ChangeMandateStatus, type ChangeMandateStatusRequest, type MandateAction } from './change-mandate-status.handler.js';

const statusChangeBody = Joi.object<ChangeMandateStatusRequest>({
  reason: reason(),
  effectiveOn: day().description('date the change takes effect; today (Europe/Brussels) by default'),
});

@ApiTags('mandate holders')
@Controller('mandate-holders/:enterpriseNumber')
@ApiParam({ name: 'enterpriseNumber', example: '0123.456.749' })
export class ChangeMandateStatusController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('suspend')
  @HttpCode(200)
  @Roles('adviser')
  @ApiWrite(statusChangeBody, 200, 'Suspend a mandate (disciplinary action)')
  suspend(@Param('enterpriseNumber') org: string, @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change('suspend', org, body, context, reply);
  }

  @Post('reinstate')
  @HttpCode(200)
  @Roles('adviser')
  @ApiWrite(statusChangeBody, 200, 'Reinstate a suspended mandate')
  reinstate(@Param('enterpriseNumber') org: string, @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change('reinstate', org, body, context, reply);
  }

  @Post('revoke')
  @HttpCode(200)
  @Roles('adviser')
  @ApiWrite(statusChangeBody, 200, 'Revoke a mandate')
  revoke(@Param('enterpriseNumber') org: string, @Body(new JoiValidationPipe(statusChangeBody)) body: ChangeMandateStatusRequest, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change('revoke', org, body, context, reply);
  }

  private async change(action: MandateAction, org: string, body: ChangeMandateStatusRequest, context: CommandContext, reply: FastifyReply) {
    const { enterpriseNumber: holder } = validate(Joi.object({ enterpriseNumber: enterpriseNumber().required() }), { enterpriseNumber: org });
    const result = await this.commands.execute(new ChangeMandateStatus(action, holder, body, context));
    return written(reply, result, { enterpriseNumber: holder });
  }
}
