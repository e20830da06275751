import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { day } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { moduleIdParam } from '../../shared/http/id-params.js';
import { EvaluationRecordedView } from '../delivery-written.views.js';
import { RecordEvaluation, type RecordEvaluationRequest } from './record-evaluation.handler.js';

const uuid = () => Joi.string().guid({ version: 'uuidv4' }).lowercase();
const scoreCount = Joi.number().strict().integer().min(0).max(1_000_000);

const evaluationBody = Joi.alternatives()
  .try(
    Joi.object({ participantId: uuid().required(), score: Joi.number().strict().integer().min(0).max(10).required(), replaces: uuid() }),
    Joi.object({
      distribution: Joi.object(Object.fromEntries(Array.from({ length: 11 }, (_, s) => [String(s), scoreCount])))
        .min(1)
        .required()
        .description('responses per score 0..10'),
      trainingDate: day().description("the training evaluated; the module's planned start by default"),
      replaces: uuid(),
    }),
  )
  .match('one')
  .messages({ 'alternatives.match': 'send either participantId with score, or a distribution' });

@ApiTags('delivery')
@Controller('modules/:moduleId/evaluations')
export class RecordEvaluationController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'recordEvaluation',
    summary: "Record a participant's evaluation (score 0..10), or a module's distribution of scores",
    description: '"replaces" names an earlier evaluation this one corrects.',
    body: evaluationBody,
    example: { participantId: '0b6f3c1e-2d4a-4b5c-9d8e-7f6a5b4c3d2e', score: 8 },
    status: 201,
    response: EvaluationRecordedView,
    notFound: true,
  })
  async record(
    @Param('moduleId', moduleIdParam) moduleId: string,
    @Body(new JoiValidationPipe<RecordEvaluationRequest>(evaluationBody)) body: RecordEvaluationRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EvaluationRecordedView> {
    const result = await this.commands.execute(new RecordEvaluation(moduleId, body, context));
    return written(reply, result, { moduleId, evaluationId: result.evaluationId });
  }
}
