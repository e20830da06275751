import { Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { YearClosedView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { CloseIndicatorYearCommand } from './close-year.handler.js';

@ApiTags('indicators')
@Controller('indicators')
export class CloseIndicatorYearController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':year/close')
  @WriteRoute({
    operationId: 'closeIndicatorYear',
    summary: 'Close a year: its figures are published and final',
    description:
      'Facts dated in the year are refused from then on; amendments and withdrawals show as revisions. 409 when closed before or not ended.',
    body: null,
    status: 200,
    response: YearClosedView,
  })
  @ApiParam({ name: 'year', example: 2016 })
  async close(
    @Param('year') rawYear: string,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<YearClosedView> {
    const year = parseYear(rawYear);
    const result = await this.commands.execute(new CloseIndicatorYearCommand(year, context));
    const { closedOn, figures } = result.events[0].data as { closedOn: string; figures: YearClosedView['figures'] };
    return written(reply, result, { year, closedOn, figures });
  }
}
