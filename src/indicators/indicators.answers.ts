import { Inject, Injectable } from '@nestjs/common';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import { indicatorYearStream } from './domain/events.js';
import { indicatorYearAggregate } from './domain/indicator-year.aggregate.js';
import type { IndicatorQueries } from './indicators.queries.js';
import { YearGate } from './year-gate.js';

/** The indicators context's answers to the questions it publishes in indicators.queries.ts. */
@Injectable()
export class IndicatorAnswers implements IndicatorQueries {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
  ) {}

  async closedYears(from: number, to: number): Promise<readonly number[]> {
    const closed: number[] = [];
    for (let year = from; year <= to; year++) {
      const { state } = await this.repository.load(indicatorYearStream(year), indicatorYearAggregate);
      if (state.status === 'closed') closed.push(year);
    }
    return closed;
  }

  whileYearsHeld<T>(years: readonly number[], write: () => Promise<T>): Promise<T> {
    return this.gate.whileHeld(years, write);
  }
}
