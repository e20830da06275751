import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { HttpProblem } from '../../shared/http/problem.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type MandateApplicationEvent, type MandateBasis, mandateApplicationsStream, mandateStream } from '../domain/events.js';
import { applicationAggregate } from '../domain/mandate-application.js';
import { mandateAggregate } from '../domain/mandate.aggregate.js';

export interface ApplyForMandateRequest {
  readonly enterpriseNumber: string;
  readonly name: string;
  readonly email: string;
  readonly basis: MandateBasis;
  readonly qualityLabel?: string;
  readonly motivation: string;
}

export class ApplyForMandate extends Command<WriteResult<MandateApplicationEvent> & { applicationId: string }> {
  constructor(
    readonly request: ApplyForMandateRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ApplyForMandate)
export class ApplyForMandateHandler implements ICommandHandler<ApplyForMandate> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, context }: ApplyForMandate) {
    // An organisation applies for itself: its token's org is the enterprise number it applies for.
    if (context.principal.org !== request.enterpriseNumber) {
      throw new HttpProblem(403, 'NOT_YOUR_ORGANISATION', 'an applicant may apply only for its own organisation (the token’s org)');
    }
    const applicationId = mintId(context, 'mandate-application');
    const mandate = await this.repository.load(mandateStream(request.enterpriseNumber), mandateAggregate);
    const holdsMandate = mandate.state.status === 'active' || mandate.state.status === 'suspended';
    const data = {
      ...request,
      applicationId,
      qualityLabel: request.qualityLabel ?? null,
      appliedOn: brusselsDay(this.clock.now()),
      holdsMandate,
    };
    const result = await this.repository.execute(
      mandateApplicationsStream(request.enterpriseNumber),
      applicationAggregate,
      { type: 'ApplyForMandate', data },
      context,
    );
    return { ...result, applicationId };
  }
}
