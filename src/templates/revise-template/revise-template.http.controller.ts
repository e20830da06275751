import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { uuidParam } from '../../shared/http/uuid-param.pipe.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { revisionBodyDocumented } from '../template-body.js';
import { TemplateWrittenView } from '../templates.views.js';
import { ReviseTemplate } from './revise-template.handler.js';

export const templateIdParam = uuidParam('TEMPLATE_NOT_FOUND', 'template');

@ApiTags('templates')
@Controller('templates')
export class ReviseTemplateController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':id/revise')
  @WriteRoute({
    operationId: 'reviseTemplate',
    summary: 'Revise a template into its next version',
    description: 'Calls launched from an earlier version keep naming it; the product does not change.',
    body: revisionBodyDocumented,
    example: { name: 'Tender digitale vaardigheden 2017', defaults: { contactAdviser: 'Jan Claes', innovative: false } },
    status: 200,
    response: TemplateWrittenView,
    notFound: true,
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  async revise(
    @Param('id', templateIdParam) templateId: string,
    @Body() body: unknown,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TemplateWrittenView> {
    const result = await this.commands.execute(new ReviseTemplate(templateId, body, context));
    return written(reply, result, { templateId, version: result.version });
  }
}
