import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { text } from '../../shared/http/joi-types.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { MEASURE_IDS, type MeasureId } from '../domain/indicator-catalogue.js';
import { EstimateRecordedView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { RecordEstimateCommand } from './record-estimate.handler.js';

type EstimateBody = { code: MeasureId; value: number; note?: string | null };

// The unit and its range are the decider's rule; here the shape and the known measure ids.
const estimateBody = Joi.object<EstimateBody>({
  code: Joi.string()
    .valid(...MEASURE_IDS)
    .required()
    .description('the measure estimated, by its stable id'),
  value: Joi.number().strict().required().description("in the measure's unit: EUR-cents, a count, a ratio 0..1"),
  note: text(1000).allow(null).description('why an estimate, printed under the table as a footnote'),
});

@ApiTags('indicators')
@Controller('indicators')
export class RecordEstimateController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':year/estimates')
  @WriteRoute({
    operationId: 'recordEstimate',
    summary: 'Record an estimate for a figure not in yet (raming)',
    description:
      'Shown on the table while the year is provisional and the measured value is below it or not available; a later estimate replaces it, history is kept. 409 when the year is closed.',
    body: estimateBody,
    example: { code: '2.11', value: 11_000, note: 'de cijfers van 2016 zijn er vanaf het tweede kwartaal van 2017' },
    status: 200,
    response: EstimateRecordedView,
  })
  @ApiParam({ name: 'year', example: 2017 })
  async record(
    @Param('year') rawYear: string,
    @Body(new JoiValidationPipe(estimateBody)) body: EstimateBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EstimateRecordedView> {
    const year = parseYear(rawYear);
    const note = body.note ?? null;
    const result = await this.commands.execute(new RecordEstimateCommand(year, body.code, body.value, note, context));
    return written(reply, result, { year, code: body.code, value: body.value, note });
  }
}
