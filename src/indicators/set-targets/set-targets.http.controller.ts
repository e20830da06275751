import { Body, Controller, Inject, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { INDICATOR_CODES, type IndicatorCode, noTargets } from '../domain/indicator-catalogue.js';
import type { Target } from '../domain/target.js';
import { TargetsSetView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { SetTargetsCommand } from './set-targets.handler.js';

type TargetsBody = { targets: Partial<Record<IndicatorCode, Target | null>> };

// Units and ranges are the decider's rule; here only the shape: known codes, one wording each, or null.
const target = Joi.alternatives().try(
  // null sits on the number: joi-to-json renders an `.allow(null)` on the alternatives as a bare object.
  Joi.number().strict().allow(null).description('at least this value; null: no target'),
  Joi.object({ atLeast: Joi.number().strict().required() }),
  Joi.object({ atMost: Joi.number().strict().required() }),
  Joi.object({ between: Joi.array().items(Joi.number().strict()).length(2).required().description('[min, max], both included') }),
  Joi.object({ increaseOverPrevious: Joi.number().strict().required().description("percent over the previous year's published result") }),
  Joi.object({ noLessThanPrevious: Joi.boolean().strict().valid(true).required() }),
);

const targetsBody = Joi.object<TargetsBody>({
  targets: Joi.object(Object.fromEntries(INDICATOR_CODES.map((code) => [code, target])))
    .required()
    .description(
      'per indicator code its target in the row unit (EUR-cents, count, ratio 0..1) as the plan words it, or null; codes left out have no target',
    ),
});

@ApiTags('indicators')
@Controller('targets')
export class SetTargetsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Put(':year')
  @WriteRoute({
    operationId: 'setTargets',
    summary: "Set a year's targets (streefwaarden)",
    description: "Replaces the year's whole set; history is kept.",
    body: targetsBody,
    example: { targets: { DP23: { atLeast: 150_000_000 }, DP24: 10, DP26: { between: [0.8, 0.85] }, '2.11': { increaseOverPrevious: 3 } } },
    status: 200,
    response: TargetsSetView,
  })
  @ApiParam({ name: 'year', example: 2016 })
  async set(
    @Param('year') rawYear: string,
    @Body(new JoiValidationPipe(targetsBody)) body: TargetsBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TargetsSetView> {
    const year = parseYear(rawYear);
    const result = await this.commands.execute(new SetTargetsCommand(year, body.targets, context));
    return written(reply, result, { year, targets: { ...noTargets(), ...body.targets } });
  }
}
