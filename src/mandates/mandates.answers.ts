import { Inject, Injectable } from '@nestjs/common';
import type { MandateHolderDocument } from '../../projections/mandate-holders.projection.js';
import { ReadModels } from '../platform/read-models.js';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import { mandateStream } from './domain/events.js';
import { isActiveOn } from './domain/mandate.js';
import { mandateAggregate } from './domain/mandate.aggregate.js';
import type { MandateQueries } from './mandates.queries.js';

/** The mandates context's answers to the questions it publishes in mandates.queries.ts. */
@Injectable()
export class MandateAnswers implements MandateQueries {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  async isActiveOn(enterpriseNumber: string, day: string): Promise<boolean> {
    const { state } = await this.repository.load(mandateStream(enterpriseNumber), mandateAggregate);
    return isActiveOn(state, day);
  }

  async holderNames(): Promise<ReadonlyMap<string, string>> {
    const holders = await this.readModels.find<MandateHolderDocument>('mandate-holders');
    return new Map(holders.map((h) => [h.enterpriseNumber, h.name]));
  }
}
