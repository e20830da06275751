import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ProjectionRunner } from '../../projection-runner/projection-runner.js';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { HttpProblem } from '../../shared/http/problem.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type IndicatorYearEvent, indicatorYearStream } from '../domain/events.js';
import { indicatorYearAggregate } from '../domain/indicator-year.aggregate.js';
import { YearGate } from '../year-gate.js';
import { YearlyIndicators } from '../yearly-indicators.js';

const CATCH_UP_MS = 10_000;

export class CloseIndicatorYearCommand extends Command<WriteResult<IndicatorYearEvent>> {
  constructor(
    readonly year: number,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Publishes the year's figures: alone at the year's gate, so no fact dated in the year is half-way; the
 * read models first catch up with every event already in the log, then the figures they give are the
 * ones the close event keeps.
 */
@CommandHandler(CloseIndicatorYearCommand)
export class CloseIndicatorYearHandler implements ICommandHandler<CloseIndicatorYearCommand, WriteResult<IndicatorYearEvent>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(YearGate) private readonly gate: YearGate,
    @Inject(YearlyIndicators) private readonly indicators: YearlyIndicators,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ year, context }: CloseIndicatorYearCommand) {
    return this.gate.alone(year, async () => {
      const head = await this.store.headPosition();
      if (head !== null && !(await this.runner.waitFor(head, CATCH_UP_MS))) {
        throw new HttpProblem(
          503,
          'READ_MODEL_BEHIND',
          `the read models have not caught up with the log within ${CATCH_UP_MS} ms; retry the close`,
        );
      }
      const figures = await this.indicators.compute(year, null);
      const command = { type: 'CloseIndicatorYear' as const, data: { year, closedOn: brusselsDay(this.clock.now()), figures } };
      return this.repository.execute(indicatorYearStream(year), indicatorYearAggregate, command, context);
    });
  }
}
