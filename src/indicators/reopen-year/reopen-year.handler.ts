import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type IndicatorYearEvent, indicatorYearStream } from '../domain/events.js';
import { indicatorYearAggregate } from '../domain/indicator-year.aggregate.js';
import { YearGate } from '../year-gate.js';

export class ReopenIndicatorYearCommand extends Command<WriteResult<IndicatorYearEvent>> {
  constructor(
    readonly year: number,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Alone at the year's gate, like the close: a fact refused a moment ago is accepted only once the reopening is in the log. */
@CommandHandler(ReopenIndicatorYearCommand)
export class ReopenIndicatorYearHandler implements ICommandHandler<ReopenIndicatorYearCommand, WriteResult<IndicatorYearEvent>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ year, reason, context }: ReopenIndicatorYearCommand) {
    const command = { type: 'ReopenIndicatorYear' as const, data: { year, reason, reopenedOn: brusselsDay(this.clock.now()) } };
    return this.gate.alone(year, () => this.repository.execute(indicatorYearStream(year), indicatorYearAggregate, command, context));
  }
}
