import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { IntegrityAcknowledgedView } from '../audit.views.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { reason } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { AcknowledgeIntegrityBreakCommand } from './acknowledge-integrity-break.handler.js';

const acknowledgementBody = Joi.object<{ reason: string }>({
  reason: reason().description('why the service may serve from a damaged log: an incident number, what was checked'),
});

@ApiTags('audit')
@Controller('audit/integrity')
export class AcknowledgeIntegrityBreakController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('acknowledge')
  @WriteRoute({
    operationId: 'acknowledgeIntegrityBreak',
    summary: 'Acknowledge the first integrity break found',
    description: 'Recorded as an event; /health serves again; the break stays in every report. 409 INTEGRITY_NOT_BROKEN on an intact log.',
    body: acknowledgementBody,
    example: { reason: 'incident 2026-114: row 12 edited by a database tool; restored figures checked against the backup' },
    status: 200,
    response: IntegrityAcknowledgedView,
  })
  async acknowledge(
    @Body(new JoiValidationPipe(acknowledgementBody)) body: { reason: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IntegrityAcknowledgedView> {
    const result = await this.commands.execute(new AcknowledgeIntegrityBreakCommand(body.reason, context));
    return written(reply, result, { integrity: result.integrity });
  }
}
