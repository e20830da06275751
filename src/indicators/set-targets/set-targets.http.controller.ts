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
import { TargetsSetView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { SetTargetsCommand } from './set-targets.handler.js';

type TargetsBody = { targets: Partial<Record<IndicatorCode, number | null>> };

// Units and ranges are the decider's rule; here only the shape: known codes, numbers or null.
const targetsBody = Joi.object<TargetsBody>({
  targets: Joi.object(Object.fromEntries(INDICATOR_CODES.map((code) => [code, Joi.number().strict().allow(null)])))
    .required()
    .description('per indicator code its target in the row unit (EUR-cents, count, ratio 0..1) or null; codes left out have no target'),
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
    example: { targets: { DP23: 50_000_000, DP24: 10 } },
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
