import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import type { OutsourcingCommand } from '../domain/decide-outsourcing.js';
import { type OutsourcingEvent, outsourcingStream } from '../domain/events.js';
import { outsourcingAggregate } from '../domain/outsourcing.aggregate.js';

export type AwardChangeRequest =
  | { readonly action: 'amend'; readonly amountCents: number; readonly reason: string; readonly on?: string }
  | { readonly action: 'withdraw'; readonly reason: string; readonly on?: string };

/** An award's amount is amended or the award withdrawn: never edited in place, always a new event. */
export class ChangeAward extends Command<WriteResult<OutsourcingEvent>> {
  constructor(
    readonly outsourcingId: string,
    readonly awardId: string,
    readonly request: AwardChangeRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeAward)
export class ChangeAwardHandler implements ICommandHandler<ChangeAward> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ outsourcingId, awardId, request, context }: ChangeAward) {
    const on = request.on ?? brusselsDay(this.clock.now());
    const command: OutsourcingCommand =
      request.action === 'amend'
        ? { type: 'AmendAward', data: { outsourcingId, awardId, amountCents: request.amountCents, reason: request.reason, amendedOn: on } }
        : { type: 'WithdrawAward', data: { outsourcingId, awardId, reason: request.reason, withdrawnOn: on } };
    return this.repository.execute(outsourcingStream(outsourcingId), outsourcingAggregate, command, context);
  }
}
