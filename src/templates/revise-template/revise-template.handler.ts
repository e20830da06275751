import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { type TemplateEvent, templateStream } from '../domain/events.js';
import { templateAggregate } from '../domain/template.js';
import { validTemplate } from '../template-body.js';

export class ReviseTemplate extends Command<WriteResult<TemplateEvent> & { version: number }> {
  constructor(
    readonly templateId: string,
    readonly body: unknown,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviseTemplate)
export class ReviseTemplateHandler implements ICommandHandler<ReviseTemplate> {
  constructor(@Inject(AggregateRepository) private readonly repository: AggregateRepository) {}

  async execute({ templateId, body, context }: ReviseTemplate) {
    // The defaults are checked with the rules of the template's own product, so it is read first.
    const { state } = await this.repository.load(templateStream(templateId), templateAggregate);
    if (state.status === 'none') throw notFound('TEMPLATE_NOT_FOUND', `no template ${templateId}`);
    const { name, defaults } = validTemplate(body, state.product);
    const command = { type: 'ReviseTemplate' as const, data: { templateId, name, defaults } };
    const result = await this.repository.execute(templateStream(templateId), templateAggregate, command, context);
    const last = result.events.at(-1);
    return { ...result, version: last?.type === 'TemplateRevised' ? last.data.version : state.version };
  }
}
