import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { type TargetsSet, targetsStream } from '../domain/events.js';
import type { IndicatorCode } from '../domain/indicator-catalogue.js';
import type { Target } from '../domain/target.js';
import { targetsAggregate } from '../domain/targets.aggregate.js';
import { YearStreamWrites } from '../year-stream-writes.js';

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
  constructor(@Inject(YearStreamWrites) private readonly writes: YearStreamWrites) {}

  execute({ year, targets, context }: SetTargetsCommand) {
    return this.writes.unlessClosed(
      year,
      targetsStream(year),
      targetsAggregate,
      (yearClosed) => ({ type: 'SetTargets' as const, data: { year, targets, yearClosed } }),
      context,
    );
  }
}
