import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { type OutsourcingEvent, outsourcingStream } from '../domain/events.js';
import { outsourcingAggregate } from '../domain/outsourcing.aggregate.js';
import type { LaunchOutsourcingRequest } from './launch-outsourcing.schema.js';

export class LaunchOutsourcing extends Command<WriteResult<OutsourcingEvent> & { outsourcingId: string }> {
  constructor(
    readonly request: LaunchOutsourcingRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(LaunchOutsourcing)
export class LaunchOutsourcingHandler implements ICommandHandler<LaunchOutsourcing> {
  constructor(@Inject(AggregateRepository) private readonly repository: AggregateRepository) {}

  async execute({ request, context }: LaunchOutsourcing) {
    const outsourcingId = randomUUID();
    const data = {
      outsourcingId,
      ...request,
      lots: request.lots ?? [],
      budgetCents: request.budgetCents ?? null,
      // An incentive awards in principle at most 4 submitters unless the call sets its own maximum.
      maxAwardees: request.product === 'incentive' ? (request.maxAwardees ?? 4) : null,
      minParticipants: request.minParticipants ?? null,
      variant: request.variant ?? null,
      round: request.round ?? null,
    };
    const result = await this.repository.execute(
      outsourcingStream(outsourcingId),
      outsourcingAggregate,
      { type: 'LaunchOutsourcing', data },
      context,
    );
    return { ...result, outsourcingId };
  }
}
