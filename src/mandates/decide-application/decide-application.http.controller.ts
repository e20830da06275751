import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { reason } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { uuidParam } from '../../shared/http/uuid-param.pipe.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { MandateApplicationWrittenView } from '../mandate-application.views.js';
import { DecideApplication } from './decide-application.handler.js';

const applicationIdParam = uuidParam('APPLICATION_NOT_FOUND', 'mandate application');
const rejectBody = Joi.object<{ reason: string }>({ reason: reason() });
const approveBody = Joi.object({});

@ApiTags('mandate applications')
@ApiParam({ name: 'applicationId', format: 'uuid' })
@Controller('mandate-applications/:applicationId')
export class DecideApplicationController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('approve')
  @WriteRoute({
    operationId: 'approveMandateApplication',
    summary: 'Approve a mandate application: the organisation is granted its mandate today',
    body: null,
    status: 200,
    response: MandateApplicationWrittenView,
    notFound: true,
  })
  async approve(
    @Param('applicationId', applicationIdParam) applicationId: string,
    @Body(new JoiValidationPipe(approveBody)) _: object,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateApplicationWrittenView> {
    const result = await this.commands.execute(new DecideApplication(applicationId, { kind: 'approve' }, context));
    return written(reply, result, { applicationId });
  }

  @Post('reject')
  @WriteRoute({
    operationId: 'rejectMandateApplication',
    summary: 'Reject a mandate application with a reason; the organisation may apply again',
    body: rejectBody,
    example: { reason: 'geen kwaliteitslabel en onvoldoende aangetoonde ervaring' },
    status: 200,
    response: MandateApplicationWrittenView,
    notFound: true,
  })
  async reject(
    @Param('applicationId', applicationIdParam) applicationId: string,
    @Body(new JoiValidationPipe(rejectBody)) body: { reason: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateApplicationWrittenView> {
    const result = await this.commands.execute(new DecideApplication(applicationId, { kind: 'reject', reason: body.reason }, context));
    return written(reply, result, { applicationId });
  }
}
