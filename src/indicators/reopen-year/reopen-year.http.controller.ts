import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { YearReopenedView } from '../indicator.views.js';
import { reason } from '../../shared/http/joi-types.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { parseYear } from '../year-param.js';
import { ReopenIndicatorYearCommand } from './reopen-year.handler.js';

const reopenBody = Joi.object({ reason: reason() });

@ApiTags('indicators')
@Controller('indicators')
export class ReopenIndicatorYearController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':year/reopen')
  @WriteRoute({
    operationId: 'reopenIndicatorYear',
    summary: 'Reopen a closed year, with a reason',
    description: 'Its figures are provisional again until it is closed anew, which publishes new figures. 409 YEAR_NOT_CLOSED otherwise.',
    body: reopenBody,
    example: { reason: 'the 2016 participant figures of two holders arrived late' },
    status: 200,
    response: YearReopenedView,
  })
  @ApiParam({ name: 'year', example: 2016 })
  async reopen(
    @Param('year') rawYear: string,
    @Body(new JoiValidationPipe(reopenBody)) body: { reason: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<YearReopenedView> {
    const year = parseYear(rawYear);
    const result = await this.commands.execute(new ReopenIndicatorYearCommand(year, body.reason, context));
    return written(reply, result, { year, reopenedOn: (result.events[0].data as { reopenedOn: string }).reopenedOn });
  }
}
