import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { estimatesAggregate } from '../domain/estimate.js';
import { type EstimateEvent, estimatesStream } from '../domain/events.js';
import type { MeasureId } from '../domain/indicator-catalogue.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../indicators.queries.js';
import { YearGate } from '../year-gate.js';

export class WithdrawEstimateCommand extends Command<WriteResult<EstimateEvent>> {
  constructor(
    readonly year: number,
    readonly measure: MeasureId,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawEstimateCommand)
export class WithdrawEstimateHandler implements ICommandHandler<WithdrawEstimateCommand, WriteResult<EstimateEvent>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
  ) {}

  execute({ year, measure, reason, context }: WithdrawEstimateCommand) {
    // Held like recording: a close must not publish the year between the check and the withdrawal.
    return this.gate.whileHeld([year], async () => {
      const yearClosed = (await this.indicators.closedYears(year, year)).length > 0;
      return this.repository.execute(
        estimatesStream(year),
        estimatesAggregate,
        { type: 'WithdrawEstimate', data: { year, measure, reason, yearClosed } },
        context,
      );
    });
  }
}
