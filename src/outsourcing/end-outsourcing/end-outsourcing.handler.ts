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

  execute({ action, outsourcingId, reason, on, context }: EndOutsourcing) {
    const day = on ?? brusselsDay(this.clock.now());
    const command: OutsourcingCommand =
      action === 'declare-not-granted'
        ? { type: 'DeclareNotGranted', data: { outsourcingId, reason, declaredOn: day } }
        : action === 'cancel'
          ? { type: 'CancelOutsourcing', data: { outsourcingId, reason, cancelledOn: day } }
          : { type: 'CloseOutsourcing', data: { outsourcingId, reason, closedOn: day } };
    return this.repository.execute(outsourcingStream(outsourcingId), outsourcingAggregate, command, context);
  }
}
