import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { type TemplateEvent, templateStream } from '../domain/events.js';
import { templateAggregate } from '../domain/template.js';
import type { TemplateRequest } from '../template-body.js';

export class CreateTemplate extends Command<WriteResult<TemplateEvent> & { templateId: string }> {
  constructor(
    readonly request: TemplateRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CreateTemplate)
export class CreateTemplateHandler implements ICommandHandler<CreateTemplate> {
  constructor(@Inject(AggregateRepository) private readonly repository: AggregateRepository) {}

  async execute({ request, context }: CreateTemplate) {
    // Derived from the Idempotency-Key when one is sent: a retry names the same template and appends nothing.
    const templateId = mintId(context, 'template');
    const command = { type: 'CreateTemplate' as const, data: { templateId, ...request } };
    return { ...(await this.repository.execute(templateStream(templateId), templateAggregate, command, context)), templateId };
  }
}
