import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import type { OutsourcingCommand } from '../domain/decide-outsourcing.js';
import { type OutsourcingEvent, outsourcingStream } from '../domain/events.js';
import { outsourcingAggregate } from '../domain/outsourcing.aggregate.js';

export const END_ACTIONS = ['declare-not-granted', 'cancel', 'close'] as const;
export type EndAction = (typeof END_ACTIONS)[number];

/** The three ways a call ends; after any of them nothing can be awarded. */
export class EndOutsourcing extends Command<WriteResult<OutsourcingEvent>> {
  constructor(
    readonly action: EndAction,
    readonly outsourcingId: string,
    readonly reason: string,
    readonly on: string | undefined,
    readonly context: CommandContext,
    /** The timestamp sent, when one was sent: `on` is its Brussels day. */
    readonly at: string | null = null,
  ) {
    super();
  }
}

@CommandHandler(EndOutsourcing)
export class EndOutsourcingHandler implements ICommandHandler<EndOutsourcing> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ action, outsourcingId, reason, on, at, context }: EndOutsourcing) {
    const today = brusselsDay(this.clock.now());
    const day = on ?? today;
    const base = { outsourcingId, reason, today };
    const command: OutsourcingCommand =
      action === 'declare-not-granted'
        ? { type: 'DeclareNotGranted', data: { ...base, declaredOn: day, ...(at ? { declaredAt: at } : {}) } }
        : action === 'cancel'
          ? { type: 'CancelOutsourcing', data: { ...base, cancelledOn: day, ...(at ? { cancelledAt: at } : {}) } }
          : { type: 'CloseOutsourcing', data: { ...base, closedOn: day, ...(at ? { closedAt: at } : {}) } };
    return this.repository.execute(outsourcingStream(outsourcingId), outsourcingAggregate, command, context);
  }
}
