import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { type BusinessPlanSet, planStream } from '../domain/events.js';
import { planAggregate } from '../domain/plan.js';
import type { PlanRow } from '../domain/plan-row.js';
import { YearStreamWrites } from '../year-stream-writes.js';

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
  constructor(@Inject(YearStreamWrites) private readonly writes: YearStreamWrites) {}

  execute({ year, rows, context }: SetPlanCommand) {
    // Held like targets: a close cannot publish the year's table while its codes are changing.
    return this.writes.unlessClosed(
      year,
      planStream(year),
      planAggregate,
      (yearClosed) => ({ type: 'SetPlan' as const, data: { year, rows, yearClosed } }),
      context,
    );
  }
}
