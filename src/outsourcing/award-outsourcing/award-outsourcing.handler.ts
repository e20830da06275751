import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { isActiveOn } from '../../mandates/domain/mandate.js';
import { mandateStream } from '../../mandates/domain/events.js';
import { mandateAggregate } from '../../mandates/domain/mandate.aggregate.js';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import type { JuryReport } from '../domain/events.js';
import { type OutsourcingEvent, outsourcingStream } from '../domain/events.js';
import { outsourcingAggregate } from '../domain/outsourcing.aggregate.js';

export interface AwardOutsourcingRequest {
  readonly lot?: number;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  readonly awardedOn?: string;
  readonly juryReport: JuryReport;
  readonly approvedSubjects?: string[];
}

export class AwardOutsourcing extends Command<WriteResult<OutsourcingEvent> & { awardId: string }> {
  constructor(
    readonly outsourcingId: string,
    readonly request: AwardOutsourcingRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Reads the holder's mandate timeline for the award date, then lets the outsourcing decide. */
@CommandHandler(AwardOutsourcing)
export class AwardOutsourcingHandler implements ICommandHandler<AwardOutsourcing> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ outsourcingId, request, context }: AwardOutsourcing) {
    const awardId = randomUUID();
    const awardedOn = request.awardedOn ?? brusselsDay(this.clock.now());
    const mandate = await this.repository.load(mandateStream(request.enterpriseNumber), mandateAggregate);
    const data = {
      outsourcingId,
      awardId,
      lot: request.lot ?? null,
      enterpriseNumber: request.enterpriseNumber,
      amountCents: request.amountCents,
      awardedOn,
      juryReport: { ...request.juryReport, scores: request.juryReport.scores ?? [] },
      approvedSubjects: request.approvedSubjects ?? [],
      holderActiveOnAwardDate: isActiveOn(mandate.state, awardedOn),
    };
    const result = await this.repository.execute(
      outsourcingStream(outsourcingId),
      outsourcingAggregate,
      { type: 'AwardOutsourcing', data },
      context,
    );
    return { ...result, awardId };
  }
}
