import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { templateBodyDocumented, validTemplate } from '../template-body.js';
import { TemplateWrittenView } from '../templates.views.js';
import { CreateTemplate } from './create-template.handler.js';

@ApiTags('templates')
@Controller('templates')
export class CreateTemplateController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'createTemplate',
    summary: 'Create a call template (sjabloon) for a product',
    description: 'The defaults hold any launch field and are checked with the launch’s rules for the product.',
    body: templateBodyDocumented,
    example: {
      product: 'tender',
      name: 'Tender digitale vaardigheden',
      defaults: {
        contactAdviser: 'Ann Peeters',
        innovative: true,
        innovationKinds: ['product'],
        awardCriteria: [
          { name: 'kwaliteit', weight: 60 },
          { name: 'prijs', weight: 40 },
        ],
        lots: [{ number: 1, title: 'Perceel 1', budgetCents: 10_000_000 }],
      },
    },
    status: 201,
    response: TemplateWrittenView,
  })
  async create(
    @Body() body: unknown,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TemplateWrittenView> {
    const result = await this.commands.execute(new CreateTemplate(validTemplate(body), context));
    void reply.header('location', `/templates/${result.templateId}`);
    return written(reply, result, { templateId: result.templateId, version: 1 });
  }
}
