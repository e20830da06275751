import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { estimatesAggregate } from '../domain/estimate.js';
import { type EstimateEvent, estimatesStream } from '../domain/events.js';
import type { MeasureId } from '../domain/indicator-catalogue.js';
import { YearStreamWrites } from '../year-stream-writes.js';

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
  constructor(@Inject(YearStreamWrites) private readonly writes: YearStreamWrites) {}

  execute({ year, measure, reason, context }: WithdrawEstimateCommand) {
    // Held like recording: a close must not publish the year between the check and the withdrawal.
    return this.writes.unlessClosed(
      year,
      estimatesStream(year),
      estimatesAggregate,
      (yearClosed) => ({ type: 'WithdrawEstimate' as const, data: { year, measure, reason, yearClosed } }),
      context,
    );
  }
}
