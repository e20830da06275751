import { Inject, Injectable } from '@nestjs/common';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import { templateStream } from './domain/events.js';
import { templateAggregate } from './domain/template.js';
import type { TemplateQueries, TemplateVersion } from './templates.queries.js';

/** The templates context's answers to the questions it publishes in templates.queries.ts. */
@Injectable()
export class TemplateAnswers implements TemplateQueries {
  constructor(@Inject(AggregateRepository) private readonly repository: AggregateRepository) {}

  async currentVersion(templateId: string): Promise<TemplateVersion | null> {
    const { state } = await this.repository.load(templateStream(templateId), templateAggregate);
    if (state.status === 'none') return null;
    const { product, version, defaults } = state;
    return { templateId, product, version, defaults };
  }
}
