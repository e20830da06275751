import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DeliveryAwardDocument } from '../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import { type IndicatorSource, IndicatorSources } from '../indicators/indicator-sources.js';
import { ReadModels } from '../platform/read-models.js';
import { deliveryIndicators } from './domain/delivery-indicators.js';

/** 2.11, DP7, DP26 (with its response count) and realisation, as known at `asOf`. */
@Injectable()
export class DeliveryIndicatorSource implements IndicatorSource, OnModuleInit {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(IndicatorSources) private readonly sources: IndicatorSources,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async compute(year: number, asOf: string | null) {
    // Module documents hold per-year counters, so a year's figures come from a few hundred documents.
    const [modules, awards] = await Promise.all([
      this.readModels.findAsOf<ModuleDocument>('delivery-modules', asOf),
      this.readModels.findAsOf<DeliveryAwardDocument>('delivery-awards', asOf),
    ]);
    return deliveryIndicators(modules, awards, year);
  }
}
