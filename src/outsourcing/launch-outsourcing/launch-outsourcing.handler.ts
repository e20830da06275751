import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../../indicators/indicators.queries.js';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { brusselsDay, yearOf } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type OutsourcingEvent, outsourcingStream } from '../domain/events.js';
import { outsourcingAggregate } from '../domain/outsourcing.aggregate.js';
import type { LaunchOutsourcingRequest } from './launch-outsourcing.schema.js';
import { OpenOfferRounds } from './open-offer-rounds.js';

export class LaunchOutsourcing extends Command<WriteResult<OutsourcingEvent> & { outsourcingId: string }> {
  constructor(
    readonly request: LaunchOutsourcingRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A launch counts in DP24 of its year: it passes that year's gate, so it lands before the year's close or sees it. */
@CommandHandler(LaunchOutsourcing)
export class LaunchOutsourcingHandler implements ICommandHandler<LaunchOutsourcing> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
    @Inject(OpenOfferRounds) private readonly rounds: OpenOfferRounds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, context }: LaunchOutsourcing) {
    // Derived from the Idempotency-Key when one is sent: a retry after a lost answer names the same call.
    const outsourcingId = mintId(context, 'outsourcing');
    const replayed = await this.launchedBefore(outsourcingId, context);
    if (replayed) return replayed;
    const { launchedAt, ...terms } = request;
    const year = yearOf(request.launchedOn);
    const call = {
      outsourcingId,
      ...terms,
      ...(launchedAt ? { launchedAt } : {}),
      lots: request.lots ?? [],
      budgetCents: request.budgetCents ?? null,
      // An incentive awards in principle at most 4 submitters unless the call sets its own maximum.
      maxAwardees: request.product === 'incentive' ? (request.maxAwardees ?? 4) : null,
      minParticipants: request.minParticipants ?? null,
      variant: request.variant ?? null,
      round: request.round ?? null,
    };
    const result = await this.indicators.whileYearsHeld([year], () =>
      this.rounds.whileRoundHeld(call, async (sameRound) => {
        const calendar = { today: brusselsDay(this.clock.now()), closedYears: await this.indicators.closedYears(year, year) };
        const command = { type: 'LaunchOutsourcing' as const, data: { ...call, calendar, sameRound } };
        return this.repository.execute(outsourcingStream(outsourcingId), outsourcingAggregate, command, context);
      }),
    );
    return { ...result, outsourcingId };
  }

  /** A keyed retry whose first attempt was appended (its answer lost in a crash) answers that launch and appends nothing. */
  private async launchedBefore(outsourcingId: string, context: CommandContext) {
    if (!context.idempotencyKey) return null;
    const { state, revision } = await this.repository.load(outsourcingStream(outsourcingId), outsourcingAggregate);
    return state.status === 'none' || revision === null ? null : { events: [], revision, position: null, outsourcingId };
  }
}
