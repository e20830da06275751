import { Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type CommandContext, WriteContext } from '../../shared/application/command-context.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { parseYear } from '../year-param.js';
import { CloseIndicatorYearCommand } from './close-year.handler.js';

@ApiTags('indicators')
@Controller('indicators')
export class CloseIndicatorYearController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':year/close')
  @WriteRoute(
    ['management'],
    null,
    200,
    'Close a year: its figures are published and final; facts dated in it are refused (409 when closed before or not ended)',
  )
  @ApiParam({ name: 'year', example: 2016 })
  async close(@Param('year') rawYear: string, @WriteContext() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const year = parseYear(rawYear);
    const result = await this.commands.execute(new CloseIndicatorYearCommand(year, context));
    const { closedOn, figures } = result.events[0].data as { closedOn: string; figures: unknown };
    return written(reply, result, { year, closedOn, figures });
  }
}
