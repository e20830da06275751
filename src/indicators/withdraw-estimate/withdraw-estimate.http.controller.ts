import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { reason } from '../../shared/http/joi-types.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import type { MeasureId } from '../domain/indicator-catalogue.js';
import { EstimateWithdrawnView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { WithdrawEstimateCommand } from './withdraw-estimate.handler.js';

const withdrawBody = Joi.object<{ reason: string }>({ reason: reason() });

@ApiTags('indicators')
@Controller('indicators')
export class WithdrawEstimateController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':year/estimates/:code/withdraw')
  @WriteRoute({
    operationId: 'withdrawEstimate',
    summary: 'Withdraw an estimate (raming), with a reason',
    description:
      'The table no longer shows it; the history keeps it (EstimateWithdrawn). A new estimate for the measure may be recorded later. 404 ESTIMATE_NOT_FOUND without one, 400 UNKNOWN_MEASURE, 409 YEAR_CLOSED once the year is closed.',
    body: withdrawBody,
    example: { reason: 'the 2016 participant figures are in' },
    status: 200,
    response: EstimateWithdrawnView,
  })
  @ApiParam({ name: 'year', example: 2017 })
  @ApiParam({ name: 'code', example: '2.11', description: 'the measure whose estimate is withdrawn, by its stable id' })
  async withdraw(
    @Param('year') rawYear: string,
    @Param('code') code: string,
    @Body(new JoiValidationPipe(withdrawBody)) body: { reason: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EstimateWithdrawnView> {
    const year = parseYear(rawYear);
    // The decider names an unknown measure (400 UNKNOWN_MEASURE, field code).
    const measure = code as MeasureId;
    const result = await this.commands.execute(new WithdrawEstimateCommand(year, measure, body.reason, context));
    return written(reply, result, { year, code: measure, reason: body.reason });
  }
}
