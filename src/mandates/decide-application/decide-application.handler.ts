import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MandateApplicationDocument } from '../../../projections/mandate-applications.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import { ProjectionRunner } from '../../projection-runner/projection-runner.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type MandateApplicationEvent, mandateApplicationsStream, mandateStream } from '../domain/events.js';
import { applicationAggregate } from '../domain/mandate-application.js';
import { mandateAggregate } from '../domain/mandate.aggregate.js';

export type ApplicationDecision = { readonly kind: 'approve' } | { readonly kind: 'reject'; readonly reason: string };

export class DecideApplication extends Command<WriteResult<MandateApplicationEvent> & { enterpriseNumber: string }> {
  constructor(
    readonly applicationId: string,
    readonly decision: ApplicationDecision,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Approval grants the mandate first (MandateGranted on the mandate's stream, as any grant) and then
 * records the decision: a retry after a crash between the two finds the mandate held and only records it.
 */
@CommandHandler(DecideApplication)
export class DecideApplicationHandler implements ICommandHandler<DecideApplication> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  async execute({ applicationId, decision, context }: DecideApplication) {
    // The id names the organisation's stream through the read model: it is waited for, so a decision right after the application finds it.
    const head = await this.store.headPosition();
    if (head !== null) await this.runner.waitFor(head, 5000);
    const application = await this.readModels.get<MandateApplicationDocument>('mandate-applications', applicationId);
    if (!application) throw notFound('APPLICATION_NOT_FOUND', `no mandate application ${applicationId}`);
    const { enterpriseNumber } = application;
    const today = brusselsDay(this.clock.now());
    const stream = mandateApplicationsStream(enterpriseNumber);
    if (decision.kind === 'reject') {
      const command = {
        type: 'RejectMandateApplication' as const,
        data: { applicationId, enterpriseNumber, reason: decision.reason, rejectedOn: today },
      };
      return { ...(await this.repository.execute(stream, applicationAggregate, command, context)), enterpriseNumber };
    }
    // Checked before the grant, so that approving a decided application grants nothing.
    const { state } = await this.repository.load(stream, applicationAggregate);
    applicationAggregate.decider.decide(
      { type: 'ApproveMandateApplication', data: { applicationId, enterpriseNumber, approvedOn: today } },
      state,
    );
    const mandate = await this.repository.load(mandateStream(enterpriseNumber), mandateAggregate);
    if (mandate.state.status !== 'active' && mandate.state.status !== 'suspended') {
      const { name, email, basis, qualityLabel } = application;
      const grant = { type: 'GrantMandate' as const, data: { enterpriseNumber, name, email, basis, qualityLabel, grantedOn: today } };
      await this.repository.execute(mandateStream(enterpriseNumber), mandateAggregate, grant, withPurpose(context, 'grant'));
    }
    const approve = { type: 'ApproveMandateApplication' as const, data: { applicationId, enterpriseNumber, approvedOn: today } };
    return { ...(await this.repository.execute(stream, applicationAggregate, approve, context)), enterpriseNumber };
  }
}

/** Two writes of one request: the grant's event ids are derived apart from the approval's. */
const withPurpose = (context: CommandContext, purpose: string): CommandContext =>
  context.idempotencyKey ? { ...context, idempotencyKey: `${context.idempotencyKey}\u0000${purpose}` } : context;
