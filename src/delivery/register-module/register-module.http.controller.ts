import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { day, text } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { awardIdParam } from '../../shared/http/id-params.js';
import { ModuleRegisteredView } from '../delivery-written.views.js';
import { RegisterModule, type RegisterModuleRequest } from './register-module.handler.js';

const moduleBody = Joi.object<RegisterModuleRequest>({
  title: text(200).required(),
  subject: text(200).required().description('open offer: one of the approved subjects, or one of at most 2 passed on later'),
  hours: Joi.number().strict().positive().max(10_000).required(),
  plannedStart: day().required(),
});

@ApiTags('delivery')
@Controller('awards/:awardId/modules')
export class RegisterModuleController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'registerModule',
    summary: "Register a module (traject) delivered under the caller's award",
    body: moduleBody,
    example: { title: 'Boekhouding voor starters', subject: 'accounting', hours: 24, plannedStart: '2016-09-05' },
    status: 201,
    response: ModuleRegisteredView,
    notFound: true,
  })
  async register(
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(moduleBody)) body: RegisterModuleRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ModuleRegisteredView> {
    const result = await this.commands.execute(new RegisterModule(awardId, body, context));
    void reply.header('location', `/modules/${result.moduleId}`);
    return written(reply, result, { awardId, moduleId: result.moduleId });
  }
}
