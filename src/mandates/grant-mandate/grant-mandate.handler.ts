import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import type { MandateBasis, MandateEvent } from '../domain/events.js';
import { mandateStream } from '../domain/events.js';
import { mandateAggregate } from '../domain/mandate.aggregate.js';

export interface GrantMandateRequest {
  readonly enterpriseNumber: string;
  readonly name: string;
  readonly email: string;
  readonly basis: MandateBasis;
  readonly qualityLabel?: string;
  readonly grantedOn?: string;
}

export class GrantMandate extends Command<WriteResult<MandateEvent>> {
  constructor(
    readonly request: GrantMandateRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(GrantMandate)
export class GrantMandateHandler implements ICommandHandler<GrantMandate, WriteResult<MandateEvent>> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ request, context }: GrantMandate) {
    const data = { ...request, qualityLabel: request.qualityLabel ?? null, grantedOn: request.grantedOn ?? brusselsDay(this.clock.now()) };
    return this.repository.execute(mandateStream(request.enterpriseNumber), mandateAggregate, { type: 'GrantMandate', data }, context);
  }
}
