import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { estimatesAggregate } from '../domain/estimate.js';
import { type EstimateEvent, estimatesStream } from '../domain/events.js';
import type { MeasureId } from '../domain/indicator-catalogue.js';
import { YearStreamWrites } from '../year-stream-writes.js';

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
  constructor(@Inject(YearStreamWrites) private readonly writes: YearStreamWrites) {}

  execute({ year, measure, value, note, context }: RecordEstimateCommand) {
    // Held like targets: a close cannot publish the year while an estimate for it is on its way.
    return this.writes.unlessClosed(
      year,
      estimatesStream(year),
      estimatesAggregate,
      (yearClosed) => ({ type: 'RecordEstimate' as const, data: { year, measure, value, note, yearClosed } }),
      context,
    );
  }
}
