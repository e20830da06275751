import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type IndicatorYearClosed, indicatorYearStream } from '../domain/events.js';
import { indicatorYearAggregate } from '../domain/indicator-year.aggregate.js';

export class CloseIndicatorYearCommand extends Command<WriteResult<IndicatorYearClosed>> {
  constructor(
    readonly year: number,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CloseIndicatorYearCommand)
export class CloseIndicatorYearHandler implements ICommandHandler<CloseIndicatorYearCommand, WriteResult<IndicatorYearClosed>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ year, context }: CloseIndicatorYearCommand) {
    const command = { type: 'CloseIndicatorYear' as const, data: { year, closedOn: brusselsDay(this.clock.now()) } };
    return this.repository.execute(indicatorYearStream(year), indicatorYearAggregate, command, context);
  }
}
