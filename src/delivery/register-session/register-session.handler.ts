import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { WriteAccess } from '../write-access.js';
import { type ModuleEvent, moduleStream } from '../domain/events.js';
import { moduleAggregate } from '../domain/module.aggregate.js';

export interface RegisterSessionRequest {
  readonly date: string;
  readonly place: string;
  readonly hours: number;
}

export class RegisterSession extends Command<WriteResult<ModuleEvent> & { sessionId: string }> {
  constructor(
    readonly moduleId: string,
    readonly request: RegisterSessionRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterSession)
export class RegisterSessionHandler implements ICommandHandler<RegisterSession> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
  ) {}

  async execute({ moduleId, request, context }: RegisterSession) {
    const sessionId = mintId(context, 'session');
    const result = await this.writeAccess.moduleWrite(
      moduleId,
      context.principal,
      () => [request.date],
      ({ access, calendar }) =>
        this.repository.execute(
          moduleStream(moduleId),
          moduleAggregate,
          { type: 'RegisterSession', data: { ...request, access, calendar, moduleId, sessionId } },
          context,
        ),
    );
    return { ...result, sessionId };
  }
}
