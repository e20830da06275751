import { Body, Controller, Delete, Inject, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { reason } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { moduleIdParam, participantIdParam } from '../../shared/http/id-params.js';
import { ParticipantRemovedView } from '../delivery-written.views.js';
import { RemoveParticipant } from './remove-participant.handler.js';

const removalBody = Joi.object<{ reason: string }>({ reason: reason().description('why the registration was a mistake') });

@ApiTags('delivery')
@Controller('modules/:moduleId/participants/:participantId')
export class RemoveParticipantController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Delete()
  @WriteRoute({
    operationId: 'removeParticipant',
    summary: 'Remove a participant registered by mistake',
    description:
      'With a reason; it no longer counts and its personal data are erased; refused (YEAR_CLOSED) once its training year is closed.',
    body: removalBody,
    example: { reason: 'registered twice' },
    status: 200,
    response: ParticipantRemovedView,
    notFound: true,
  })
  async remove(
    @Param('moduleId', moduleIdParam) moduleId: string,
    @Param('participantId', participantIdParam) participantId: string,
    @Body(new JoiValidationPipe(removalBody)) body: { reason: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantRemovedView> {
    const result = await this.commands.execute(new RemoveParticipant(moduleId, participantId, body.reason, context));
    return written(reply, result, { moduleId, participantId, removed: true });
  }
}
