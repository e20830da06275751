import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { awardDeliveryAggregate } from '../domain/award-delivery.aggregate.js';
import { WriteAccess } from '../write-access.js';
import { type AwardDeliveryEvent, awardDeliveryStream } from '../domain/events.js';

export interface RegisterModuleRequest {
  readonly title: string;
  readonly subject: string;
  readonly hours: number;
  readonly plannedStart: string;
}

export class RegisterModule extends Command<WriteResult<AwardDeliveryEvent> & { moduleId: string }> {
  constructor(
    readonly awardId: string,
    readonly request: RegisterModuleRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterModule)
export class RegisterModuleHandler implements ICommandHandler<RegisterModule> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
  ) {}

  async execute({ awardId, request, context }: RegisterModule) {
    const award = await this.writeAccess.termsForWrite(awardId, context.principal, request.plannedStart);
    const moduleId = mintId(context, 'module');
    const result = await this.repository.execute(
      awardDeliveryStream(awardId),
      awardDeliveryAggregate,
      { type: 'RegisterModule', data: { ...request, award, moduleId } },
      context,
    );
    return { ...result, moduleId };
  }
}
