import { Inject, Injectable } from '@nestjs/common';
import { ReadModels } from '../platform/read-models.js';
import type { DeliveryFigures, DeliveryQueries } from './delivery.queries.js';
import { deliveryFiguresOf } from './domain/delivery-figures.js';

/** The delivery context's answers to the questions it publishes in delivery.queries.ts. */
@Injectable()
export class DeliveryAnswers implements DeliveryQueries {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async yearFigures(year: number, asOf: string | null): Promise<DeliveryFigures> {
    // The modules' and awards' running totals of the year: two documents, however long the history.
    const [modules, awards] = await Promise.all([
      this.readModels.totals('delivery-modules', String(year), asOf),
      this.readModels.totals('delivery-awards', String(year), asOf),
    ]);
    return deliveryFiguresOf(modules, awards);
  }
}
