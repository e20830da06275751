import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { DomainError, notFound } from '../../shared/domain/domain-error.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { type ErasureBasis, type ModuleEvent, moduleStream } from '../domain/events.js';
import { moduleAggregate } from '../domain/module.aggregate.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from '../personal-data/personal-data-vault.port.js';

export class EraseParticipant extends Command<WriteResult<ModuleEvent>> {
  constructor(
    readonly participantId: string,
    readonly basis: ErasureBasis,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Codes after which the log already says the person is gone: the vault is made to agree, then the refusal stands. */
const ALREADY_GONE = new Set(['PARTICIPANT_ALREADY_ERASED', 'PARTICIPANT_REMOVED']);

/**
 * Erases one person's personal data: first the event (who erased whom, why; no personal data), then the
 * key. Never the other way round: a key destroyed without its event would be an erasure nobody can
 * account for. Should the vault fail after the append, erasing again completes it (and answers 409).
 * The module is found through the participants read model, not the award: erasure needs no award.
 */
@CommandHandler(EraseParticipant)
export class EraseParticipantHandler implements ICommandHandler<EraseParticipant> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVaultPort,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ participantId, basis, reason, context }: EraseParticipant) {
    const participant = await this.readModels.get<ParticipantDocument>('delivery-participants', participantId);
    if (!participant) throw notFound('PARTICIPANT_NOT_FOUND', `no participant ${participantId}`);
    const { moduleId } = participant;
    const command = {
      type: 'EraseParticipant' as const,
      data: { moduleId, participantId, basis, reason, erasedOn: brusselsDay(this.clock.now()) },
    };
    let result: WriteResult<ModuleEvent>;
    try {
      result = await this.repository.execute(moduleStream(moduleId), moduleAggregate, command, context);
    } catch (error) {
      if (error instanceof DomainError && ALREADY_GONE.has(error.code)) await this.vault.eraseParticipant(participantId);
      throw error;
    }
    await this.vault.eraseParticipant(participantId);
    return result;
  }
}
