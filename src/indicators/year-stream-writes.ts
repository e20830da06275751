import { Inject, Injectable } from '@nestjs/common';
import { AggregateRepository, type WriteResult } from '../shared/application/aggregate-repository.js';
import type { CommandContext } from '../shared/application/command-context.js';
import type { Aggregate, DomainEvent } from '../shared/domain/decider.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from './indicators.queries.js';
import { YearGate } from './year-gate.js';

/**
 * Writes a year's plan, targets or estimates to that year's stream, unless the year is closed: the
 * decider refuses the command when it is told `yearClosed`. The year is held while it is checked and
 * written, so a close cannot publish the year's table between the check and the write.
 */
@Injectable()
export class YearStreamWrites {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
  ) {}

  unlessClosed<C, S, E extends DomainEvent>(
    year: number,
    stream: string,
    aggregate: Aggregate<C, S, E>,
    command: (yearClosed: boolean) => C,
    context: CommandContext,
  ): Promise<WriteResult<E>> {
    return this.gate.whileHeld([year], async () => {
      const yearClosed = (await this.indicators.closedYears(year, year)).length > 0;
      return this.repository.execute(stream, aggregate, command(yearClosed), context);
    });
  }
}
