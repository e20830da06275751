import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { type TargetsSet, targetsStream } from '../domain/events.js';
import type { IndicatorCode } from '../domain/indicator-catalogue.js';
import type { Target } from '../domain/target.js';
import { targetsAggregate } from '../domain/targets.aggregate.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../indicators.queries.js';
import { YearGate } from '../year-gate.js';

export class SetTargetsCommand extends Command<WriteResult<TargetsSet>> {
  constructor(
    readonly year: number,
    readonly targets: Partial<Record<IndicatorCode, Target | null>>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetTargetsCommand)
export class SetTargetsHandler implements ICommandHandler<SetTargetsCommand, WriteResult<TargetsSet>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
  ) {}

  execute({ year, targets, context }: SetTargetsCommand) {
    return this.gate.whileHeld([year], async () => {
      const yearClosed = (await this.indicators.closedYears(year, year)).length > 0;
      return this.repository.execute(
        targetsStream(year),
        targetsAggregate,
        { type: 'SetTargets', data: { year, targets, yearClosed } },
        context,
      );
    });
  }
}
