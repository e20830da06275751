import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { awardDeliveryAggregate } from '../domain/award-delivery.aggregate.js';
import { type AwardDeliveryEvent, awardDeliveryStream } from '../domain/events.js';
import { WriteAccess } from '../write-access.js';

export interface RecordRecoveryRequest {
  readonly amountCents: number;
  readonly recoveredOn: string;
  readonly reason: string;
}

/** Money the holder paid back (an overpayment, a withdrawn award): it lowers what the award was net paid. */
export class RecordRecovery extends Command<WriteResult<AwardDeliveryEvent> & { recoveryId: string }> {
  constructor(
    readonly awardId: string,
    readonly request: RecordRecoveryRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordRecovery)
export class RecordRecoveryHandler implements ICommandHandler<RecordRecovery> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
  ) {}

  async execute({ awardId, request, context }: RecordRecovery) {
    const recoveryId = mintId(context, 'recovery');
    const result = await this.writeAccess.moneyWrite(awardId, context.principal, (calendar) =>
      this.repository.execute(
        awardDeliveryStream(awardId),
        awardDeliveryAggregate,
        { type: 'RecordRecovery', data: { awardId, recoveryId, ...request, calendar } },
        context,
      ),
    );
    return { ...result, recoveryId };
  }
}
