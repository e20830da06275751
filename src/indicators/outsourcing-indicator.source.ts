import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { OutsourcingDocument } from '../../projections/outsourcings.projection.js';
import { ReadModels } from '../platform/read-models.js';
import { outsourcingIndicators } from './domain/outsourcing-indicators.js';
import { type IndicatorSource, IndicatorSources } from './indicator-sources.js';

/** DP23, DP24, DP25, DP5, DP6 and the innovation shares, from the outsourcings read model. */
@Injectable()
export class OutsourcingIndicatorSource implements IndicatorSource, OnModuleInit {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(IndicatorSources) private readonly sources: IndicatorSources,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async compute(year: number, asOf: string | null) {
    // Awards of year Y may sit in calls launched earlier: all calls are read (a few dozen a year).
    return outsourcingIndicators(await this.readModels.findAsOf<OutsourcingDocument>('outsourcings', asOf), year);
  }
}
