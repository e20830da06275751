import { Inject, Injectable } from '@nestjs/common';
import { DELIVERY_QUERIES, type DeliveryQueries } from '../delivery/delivery.queries.js';
import { OUTSOURCING_QUERIES, type OutsourcingQueries } from '../outsourcing/outsourcing.queries.js';
import { deliveryIndicators } from './domain/delivery-indicators.js';
import type { IndicatorValues } from './domain/indicator.js';
import { outsourcingIndicators } from './domain/outsourcing-indicators.js';

/** Every indicator of a year: the call side from the outsourcing context, the delivery side from delivery. */
@Injectable()
export class YearlyIndicators {
  constructor(
    @Inject(OUTSOURCING_QUERIES) private readonly outsourcing: OutsourcingQueries,
    @Inject(DELIVERY_QUERIES) private readonly delivery: DeliveryQueries,
  ) {}

  /** The figures of a Brussels calendar year as known at `asOf` (ISO timestamp), or now when null. */
  async compute(year: number, asOf: string | null): Promise<IndicatorValues> {
    // Awards of year Y may sit in calls launched earlier: all calls are read (a few dozen a year).
    const [calls, delivery] = await Promise.all([this.outsourcing.calls(asOf), this.delivery.yearFigures(year, asOf)]);
    return { ...outsourcingIndicators(calls, year), ...deliveryIndicators(delivery) };
  }
}
