import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { MANDATE_QUERIES, type MandateQueries } from '../../mandates/mandates.queries.js';
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

/** Asks the mandates context whether the holder's mandate is active on the award date, then lets the outsourcing decide. */
@CommandHandler(AwardOutsourcing)
export class AwardOutsourcingHandler implements ICommandHandler<AwardOutsourcing> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ outsourcingId, request, context }: AwardOutsourcing) {
    const awardId = randomUUID();
    const awardedOn = request.awardedOn ?? brusselsDay(this.clock.now());
    const data = {
      outsourcingId,
      awardId,
      lot: request.lot ?? null,
      enterpriseNumber: request.enterpriseNumber,
      amountCents: request.amountCents,
      awardedOn,
      juryReport: { ...request.juryReport, scores: request.juryReport.scores ?? [] },
      approvedSubjects: request.approvedSubjects ?? [],
      holderActiveOnAwardDate: await this.mandates.isActiveOn(request.enterpriseNumber, awardedOn),
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
