import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { type BusinessPlanSet, planStream } from '../domain/events.js';
import { planAggregate } from '../domain/plan.js';
import type { PlanRow } from '../domain/plan-row.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../indicators.queries.js';
import { YearGate } from '../year-gate.js';

export class SetPlanCommand extends Command<WriteResult<BusinessPlanSet>> {
  constructor(
    readonly year: number,
    readonly rows: readonly PlanRow[],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetPlanCommand)
export class SetPlanHandler implements ICommandHandler<SetPlanCommand, WriteResult<BusinessPlanSet>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
  ) {}

  execute({ year, rows, context }: SetPlanCommand) {
    // Held like targets: a close cannot publish the year's table while its codes are changing.
    return this.gate.whileHeld([year], async () => {
      const yearClosed = (await this.indicators.closedYears(year, year)).length > 0;
      return this.repository.execute(planStream(year), planAggregate, { type: 'SetPlan', data: { year, rows, yearClosed } }, context);
    });
  }
}
