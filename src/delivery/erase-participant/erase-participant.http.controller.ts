import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
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
import { participantIdParam } from '../../shared/http/id-params.js';
import { ParticipantErasedView } from '../delivery-written.views.js';
import { EraseParticipant } from './erase-participant.handler.js';

const erasureBody = Joi.object<{ reason: string }>({
  reason: reason().description('why, e.g. "data-subject request of 2026-11-02, ticket 4711"; never the person\'s name'),
});

@ApiTags('delivery')
@Controller('participants/:participantId/erase')
export class EraseParticipantController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'eraseParticipant',
    summary: "Erase a participant's personal data on the person's request",
    description:
      'GDPR art. 17: the key is destroyed and a ParticipantErased event records who erased whom and why (never the name); the participant still counts in every figure.',
    body: erasureBody,
    example: { reason: 'data-subject request of 2026-11-02, ticket 4711' },
    status: 200,
    response: ParticipantErasedView,
    notFound: true,
  })
  async erase(
    @Param('participantId', participantIdParam) participantId: string,
    @Body(new JoiValidationPipe(erasureBody)) body: { reason: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantErasedView> {
    const result = await this.commands.execute(new EraseParticipant(participantId, 'data-subject-request', body.reason, context));
    return written(reply, result, { participantId, erased: true });
  }
}
