import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { DomainError } from '../../shared/domain/domain-error.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { WriteAccess } from '../write-access.js';
import { type ModuleEvent, moduleStream } from '../domain/events.js';
import { moduleAggregate } from '../domain/module.aggregate.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from '../personal-data/personal-data-vault.port.js';

/** A participant registered by mistake is removed by an event, never deleted: the history shows both. */
export class RemoveParticipant extends Command<WriteResult<ModuleEvent>> {
  constructor(
    readonly moduleId: string,
    readonly participantId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Someone registered by mistake has no business with the agency: once the removal is in the log, the
 * person's personal data are erased (crypto-shredding), never before, so that a refused removal keeps
 * them. Removing again completes an erasure that failed after the append.
 */
@CommandHandler(RemoveParticipant)
export class RemoveParticipantHandler implements ICommandHandler<RemoveParticipant> {
  private readonly logger = new Logger('RemoveParticipant');

  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVaultPort,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ moduleId, participantId, reason, context }: RemoveParticipant) {
    let result: WriteResult<ModuleEvent>;
    try {
      result = await this.writeAccess.moduleWrite(
        moduleId,
        context.principal,
        () => this.writeAccess.trainingDatesOf(participantId),
        ({ access, calendar }) => {
          const data = { access, calendar, moduleId, participantId, reason, removedOn: brusselsDay(this.clock.now()) };
          return this.repository.execute(moduleStream(moduleId), moduleAggregate, { type: 'RemoveParticipant', data }, context);
        },
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'PARTICIPANT_REMOVED') await this.erase(participantId);
      throw error;
    }
    await this.erase(participantId);
    return result;
  }

  /** The removal stands whatever happens here; the read route shows no personal data of a removed participant anyway. */
  private async erase(participantId: string): Promise<void> {
    try {
      await this.vault.erase(await this.vault.refsOf(participantId));
    } catch (error) {
      this.logger.error(
        `personal data of removed participant ${participantId} not erased yet (${(error as Error).name}); remove it again to retry`,
      );
    }
  }
}
