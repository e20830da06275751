import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { day, displayName, email, enterpriseNumber, text } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { MandateWrittenView } from '../mandate-holder.view.js';
import { GrantMandate, type GrantMandateRequest } from './grant-mandate.handler.js';

const grantMandateBody = Joi.object<GrantMandateRequest>({
  enterpriseNumber: enterpriseNumber().required().description('KBO number, e.g. 0123.456.749'),
  name: displayName().required(),
  email: email().required(),
  basis: Joi.string().valid('quality-label', 'experience').required(),
  qualityLabel: text(200).when('basis', { is: 'quality-label', then: Joi.required() }).description('name of the quality label or attest'),
  grantedOn: day().description('date the mandate takes effect; today (Europe/Brussels) by default'),
});

@ApiTags('mandate holders')
@Controller('mandate-holders')
export class GrantMandateController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'grantMandate',
    summary: 'Grant a mandate (mandaat) to a training organisation',
    body: grantMandateBody,
    example: {
      enterpriseNumber: '0123.456.749',
      name: 'Opleidingen Vlaanderen vzw',
      email: 'info@opleidingen.example',
      basis: 'quality-label',
      qualityLabel: 'Q-for-training',
      grantedOn: '2016-01-04',
    },
    status: 201,
    response: MandateWrittenView,
  })
  async grant(
    @Body(new JoiValidationPipe(grantMandateBody)) body: GrantMandateRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateWrittenView> {
    const result = await this.commands.execute(new GrantMandate(body, context));
    void reply.header('location', `/mandate-holders/${body.enterpriseNumber}`);
    return written(reply, result, { enterpriseNumber: body.enterpriseNumber });
  }
}
