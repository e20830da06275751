import { Inject, Injectable } from '@nestjs/common';
import type { DeliveryAwardDocument } from '../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import { ReadModels } from '../platform/read-models.js';
import type { DeliveryFigures, DeliveryQueries } from './delivery.queries.js';
import { deliveryFigures } from './domain/delivery-figures.js';

/** The delivery context's answers to the questions it publishes in delivery.queries.ts. */
@Injectable()
export class DeliveryAnswers implements DeliveryQueries {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async yearFigures(year: number, asOf: string | null): Promise<DeliveryFigures> {
    // Module documents hold per-year counters, so a year's figures come from a few hundred documents.
    const [modules, awards] = await Promise.all([
      this.readModels.findAsOf<ModuleDocument>('delivery-modules', asOf),
      this.readModels.findAsOf<DeliveryAwardDocument>('delivery-awards', asOf),
    ]);
    return deliveryFigures(modules, awards, year);
  }
}
