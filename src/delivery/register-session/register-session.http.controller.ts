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
import { moduleIdParam } from '../../shared/http/id-params.js';
import { SessionRegisteredView } from '../delivery-written.views.js';
import { RegisterSession, type RegisterSessionRequest } from './register-session.handler.js';

const sessionBody = Joi.object<RegisterSessionRequest>({
  date: day().required(),
  place: text(200).required(),
  hours: Joi.number().strict().positive().max(24).required(),
});

@ApiTags('delivery')
@Controller('modules/:moduleId/sessions')
export class RegisterSessionController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'registerSession',
    summary: "Register a session (sessie) of one of the caller's modules",
    body: sessionBody,
    example: { date: '2016-09-05', place: 'Gent', hours: 3 },
    status: 201,
    response: SessionRegisteredView,
    notFound: true,
  })
  async register(
    @Param('moduleId', moduleIdParam) moduleId: string,
    @Body(new JoiValidationPipe(sessionBody)) body: RegisterSessionRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionRegisteredView> {
    const result = await this.commands.execute(new RegisterSession(moduleId, body, context));
    return written(reply, result, { moduleId, sessionId: result.sessionId });
  }
}
