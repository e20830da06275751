import { Body, Controller, Inject, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { displayName, text } from '../../shared/http/joi-types.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { MEASURE_IDS, type MeasureId } from '../domain/indicator-catalogue.js';
import type { PlanRow } from '../domain/plan-row.js';
import { PlanSetView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { SetPlanCommand } from './set-plan.handler.js';

type PlanBody = {
  rows: { code: string; nameNl: string; nameEn: string; measures: MeasureId[]; note?: string | null }[];
};

// Codes and measures once each is the decider's rule; here the shape and the known measure ids.
const planBody = Joi.object<PlanBody>({
  rows: Joi.array()
    .items(
      Joi.object({
        code: displayName(20).required().description('the code the plan prints, e.g. 2.12 or DP23'),
        nameNl: displayName(200).required(),
        nameEn: displayName(200).required(),
        measures: Joi.array()
          .items(Joi.string().valid(...MEASURE_IDS))
          .min(1)
          .required()
          .description('the measures the row reports, by stable id; 2.13 reports two'),
        note: text(1000).allow(null).description('printed under the table as a footnote'),
      }),
    )
    .min(1)
    .required()
    .description("the year's rows in the plan's order"),
});

const EXAMPLE: PlanBody = {
  rows: [
    { code: '2.11', nameNl: 'Deelnemers', nameEn: 'Participants', measures: ['2.11'] },
    { code: '2.12', nameNl: 'Budget van de gunningen', nameEn: 'Budget of the granted awards', measures: ['DP23'] },
    {
      code: '2.13',
      nameNl: 'Uitbestedingen en organisaties',
      nameEn: 'Outsourcings and organisations',
      measures: ['DP24', 'DP25'],
      note: 'twee cijfers onder één code',
    },
    { code: '2.14', nameNl: 'Tevredenheid', nameEn: 'Satisfaction', measures: ['DP26'] },
  ],
};

@ApiTags('indicators')
@Controller('plans')
export class SetPlanController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Put(':year')
  @WriteRoute({
    operationId: 'setPlan',
    summary: "Set a year's business plan: its codes and the measures they report (ondernemingsplan)",
    description: "Replaces the year's whole plan; history is kept. A year without a plan shows the standard DAEB catalogue.",
    body: planBody,
    example: EXAMPLE,
    status: 200,
    response: PlanSetView,
  })
  @ApiParam({ name: 'year', example: 2017 })
  async set(
    @Param('year') rawYear: string,
    @Body(new JoiValidationPipe(planBody)) body: PlanBody,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanSetView> {
    const year = parseYear(rawYear);
    const rows: PlanRow[] = body.rows.map(({ code, nameNl, nameEn, measures, note }) => ({
      code,
      nameNl,
      nameEn,
      measures,
      note: note ?? null,
    }));
    const result = await this.commands.execute(new SetPlanCommand(year, rows, context));
    return written(reply, result, { year, rows });
  }
}
