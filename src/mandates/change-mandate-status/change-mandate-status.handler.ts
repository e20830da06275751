import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import type { MandateCommand } from '../domain/decide-mandate.js';
import { type MandateEvent, mandateStream } from '../domain/events.js';
import { mandateAggregate } from '../domain/mandate.aggregate.js';

export const MANDATE_ACTIONS = { suspend: 'SuspendMandate', reinstate: 'ReinstateMandate', revoke: 'RevokeMandate' } as const;
export type MandateAction = keyof typeof MANDATE_ACTIONS;

export interface ChangeMandateStatusRequest {
  readonly reason: string;
  readonly effectiveOn?: string;
}

/** Suspension (disciplinary), reinstatement and revocation share one shape: a reason and a date. */
export class ChangeMandateStatus extends Command<WriteResult<MandateEvent>> {
  constructor(
    readonly action: MandateAction,
    readonly enterpriseNumber: string,
    readonly request: ChangeMandateStatusRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeMandateStatus)
export class ChangeMandateStatusHandler implements ICommandHandler<ChangeMandateStatus, WriteResult<MandateEvent>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ action, enterpriseNumber, request, context }: ChangeMandateStatus) {
    const command: MandateCommand = {
      type: MANDATE_ACTIONS[action],
      data: { enterpriseNumber, reason: request.reason, effectiveOn: request.effectiveOn ?? brusselsDay(this.clock.now()) },
    };
    return this.repository.execute(mandateStream(enterpriseNumber), mandateAggregate, command, context);
  }
}
