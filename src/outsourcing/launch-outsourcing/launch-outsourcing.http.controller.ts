import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type CommandContext, WriteContext } from '../../shared/application/command-context.js';
import type { DatedFact } from '../../shared/domain/calendar.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { LaunchOutsourcing } from './launch-outsourcing.handler.js';
import { launchOutsourcingBody, type LaunchOutsourcingRequest } from './launch-outsourcing.schema.js';

@ApiTags('outsourcings')
@Controller('outsourcings')
export class LaunchOutsourcingController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute(
    ['adviser'],
    launchOutsourcingBody,
    201,
    'Launch an outsourcing (uitbesteding): a tender with lots, an incentive or an open offer',
  )
  async launch(
    @Body(new JoiValidationPipe(launchOutsourcingBody)) body: Omit<LaunchOutsourcingRequest, 'launchedOn'> & { launchedOn: DatedFact },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { day, at } = body.launchedOn;
    const request = { ...body, launchedOn: day, ...(at ? { launchedAt: at } : {}) };
    const result = await this.commands.execute(new LaunchOutsourcing(request, context));
    void reply.header('location', `/outsourcings/${result.outsourcingId}`);
    return written(reply, result, { id: result.outsourcingId });
  }
}
