import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { type CommandContext, WriteContext } from '../../shared/application/command-context.js';
import { Roles } from '../../shared/auth/auth.decorators.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { day, reason } from '../../shared/http/joi-types.js';
import { ApiWrite } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { outsourcingIdPipe } from '../outsourcing-id.pipe.js';
import { type EndAction, EndOutsourcing } from './end-outsourcing.handler.js';

const endBody = Joi.object({ reason: reason(), on: day().description('date of the decision; today (Europe/Brussels) by default') });
type EndBody = { reason: string; on?: string };

@ApiTags('outsourcings')
@Controller('outsourcings/:id')
export class EndOutsourcingController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('declare-not-granted')
  @HttpCode(200)
  @Roles('adviser')
  @ApiWrite(endBody, 200, 'Declare the outsourcing not granted (no award); it still counts as launched')
  declareNotGranted(@Param('id', outsourcingIdPipe) id: string, @Body(new JoiValidationPipe(endBody)) body: EndBody, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.end('declare-not-granted', id, body, context, reply);
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles('adviser')
  @ApiWrite(endBody, 200, 'Cancel the outsourcing (only while it has no standing award)')
  cancel(@Param('id', outsourcingIdPipe) id: string, @Body(new JoiValidationPipe(endBody)) body: EndBody, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.end('cancel', id, body, context, reply);
  }

  @Post('close')
  @HttpCode(200)
  @Roles('adviser')
  @ApiWrite(endBody, 200, 'Close the outsourcing: no further awards; amounts can still be amended')
  close(@Param('id', outsourcingIdPipe) id: string, @Body(new JoiValidationPipe(endBody)) body: EndBody, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.end('close', id, body, context, reply);
  }

  private async end(action: EndAction, id: string, body: EndBody, context: CommandContext, reply: FastifyReply) {
    const result = await this.commands.execute(new EndOutsourcing(action, id, body.reason, body.on, context));
    return written(reply, result, { outsourcingId: id });
  }
}
