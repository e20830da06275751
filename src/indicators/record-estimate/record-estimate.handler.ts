import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { estimatesAggregate } from '../domain/estimate.js';
import { type EstimateEvent, estimatesStream } from '../domain/events.js';
import type { MeasureId } from '../domain/indicator-catalogue.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../indicators.queries.js';
import { YearGate } from '../year-gate.js';

export class RecordEstimateCommand extends Command<WriteResult<EstimateEvent>> {
  constructor(
    readonly year: number,
    readonly measure: MeasureId,
    readonly value: number,
    readonly note: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordEstimateCommand)
export class RecordEstimateHandler implements ICommandHandler<RecordEstimateCommand, WriteResult<EstimateEvent>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
  ) {}

  execute({ year, measure, value, note, context }: RecordEstimateCommand) {
    // Held like targets: a close cannot publish the year while an estimate for it is on its way.
    return this.gate.whileHeld([year], async () => {
      const yearClosed = (await this.indicators.closedYears(year, year)).length > 0;
      return this.repository.execute(
        estimatesStream(year),
        estimatesAggregate,
        { type: 'RecordEstimate', data: { year, measure, value, note, yearClosed } },
        context,
      );
    });
  }
}
