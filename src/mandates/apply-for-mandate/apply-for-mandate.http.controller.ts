import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { displayName, email, enterpriseNumber, text } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { MandateApplicationWrittenView } from '../mandate-application.views.js';
import { ApplyForMandate, type ApplyForMandateRequest } from './apply-for-mandate.handler.js';

const applicationBody = Joi.object<ApplyForMandateRequest>({
  enterpriseNumber: enterpriseNumber().required().description('the applying organisation: the token’s org'),
  name: displayName().required(),
  email: email().required(),
  basis: Joi.string().valid('quality-label', 'experience').required(),
  qualityLabel: text(200).when('basis', { is: 'quality-label', then: Joi.required() }),
  motivation: text(5000).required().description('why the organisation should hold a mandate: its experience, its label'),
});

@ApiTags('mandate applications')
@Controller('mandate-applications')
export class ApplyForMandateController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'applyForMandate',
    summary: 'Apply for a mandate (mandaataanvraag) as a training organisation',
    description: 'One open application per organisation; a rejected one may apply again.',
    body: applicationBody,
    example: {
      enterpriseNumber: '0417.497.106',
      name: 'Nieuwe Opleider vzw',
      email: 'info@nieuweopleider.example',
      basis: 'quality-label',
      qualityLabel: 'Q-for-training',
      motivation: 'Tien jaar opleidingen voor starters van buitenlandse herkomst.',
    },
    status: 201,
    response: MandateApplicationWrittenView,
  })
  async apply(
    @Body(new JoiValidationPipe(applicationBody)) body: ApplyForMandateRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateApplicationWrittenView> {
    const result = await this.commands.execute(new ApplyForMandate(body, context));
    return written(reply, result, { applicationId: result.applicationId });
  }
}
