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
  | { readonly action: 'amend'; readonly amountCents: number; readonly reason: string; readonly on?: string; readonly at?: string | null }
  | { readonly action: 'withdraw'; readonly reason: string; readonly on?: string; readonly at?: string | null };

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
    const today = brusselsDay(this.clock.now());
    const on = request.on ?? today;
    const { reason, at } = request;
    // Accepted in a closed year too: the correction is today's fact and shows as a revision of the published figures.
    const command: OutsourcingCommand =
      request.action === 'amend'
        ? {
            type: 'AmendAward',
            data: {
              outsourcingId,
              awardId,
              amountCents: request.amountCents,
              reason,
              amendedOn: on,
              ...(at ? { amendedAt: at } : {}),
              today,
            },
          }
        : { type: 'WithdrawAward', data: { outsourcingId, awardId, reason, withdrawnOn: on, ...(at ? { withdrawnAt: at } : {}), today } };
    return this.repository.execute(outsourcingStream(outsourcingId), outsourcingAggregate, command, context);
  }
}
