import { Injectable } from '@nestjs/common';
import type { IndicatorValues } from './domain/indicator.js';

/** A context that contributes figures to the yearly indicators (calls, delivery, ...). */
export interface IndicatorSource {
  /** The figures of a Brussels calendar year as known at `asOf` (ISO timestamp), or now when null. */
  compute(year: number, asOf: string | null): Promise<IndicatorValues>;
}

/** Contexts register their source at start-up; the indicators routes merge what all of them give. */
@Injectable()
export class IndicatorSources {
  private readonly sources: IndicatorSource[] = [];

  register(source: IndicatorSource): void {
    this.sources.push(source);
  }

  async compute(year: number, asOf: string | null): Promise<IndicatorValues> {
    const parts = await Promise.all(this.sources.map((s) => s.compute(year, asOf)));
    return Object.assign({}, ...parts) as IndicatorValues;
  }
}
