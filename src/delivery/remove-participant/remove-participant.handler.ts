import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { AwardDirectory } from '../award-directory.js';
import { type ModuleEvent, moduleStream } from '../domain/events.js';
import { moduleAggregate } from '../module.aggregate.js';

/** A participant registered by mistake is removed by an event, never deleted: the history shows both. */
export class RemoveParticipant extends Command<WriteResult<ModuleEvent>> {
  constructor(readonly moduleId: string, readonly participantId: string, readonly reason: string, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(RemoveParticipant)
export class RemoveParticipantHandler implements ICommandHandler<RemoveParticipant> {
  constructor(@Inject(AggregateRepository) private readonly repository: AggregateRepository, @Inject(AwardDirectory) private readonly directory: AwardDirectory, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ moduleId, participantId, reason, context }: RemoveParticipant) {
    const { access } = await this.directory.moduleForWrite(moduleId, context.principal);
    const data = { access, moduleId, participantId, reason, removedOn: brusselsDay(this.clock.now()) };
    return this.repository.execute(moduleStream(moduleId), moduleAggregate, { type: 'RemoveParticipant', data }, context);
  }
}
