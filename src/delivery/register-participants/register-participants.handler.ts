import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { WriteAccess } from '../write-access.js';
import { type ModuleEvent, moduleStream, type ParticipantFacts } from '../domain/events.js';
import { moduleAggregate } from '../domain/module.aggregate.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from '../personal-data/personal-data-vault.port.js';
import type { ParticipantRow } from './participant-row.js';

export class RegisterParticipants extends Command<WriteResult<ModuleEvent> & { participantIds: string[] }> {
  constructor(
    readonly moduleId: string,
    readonly rows: readonly ParticipantRow[],
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Personal data go to the vault first, the events (with only a reference) in one atomic append after;
 * if the append fails the people this attempt sealed are erased again, so nothing of a refused batch
 * remains. A keyed retry names the same ids and references: the vault keeps what the first attempt
 * sealed, and a refused retry erases nothing the first one stored.
 */
@CommandHandler(RegisterParticipants)
export class RegisterParticipantsHandler implements ICommandHandler<RegisterParticipants> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVaultPort,
  ) {}

  async execute({ moduleId, rows, context }: RegisterParticipants) {
    const people = rows.map(({ personal, ...facts }, i) => ({
      participantId: mintId(context, `participant:${i}`),
      personalDataRef: mintId(context, `personal:${i}`),
      facts,
      personal,
    }));
    const participants: ParticipantFacts[] = people.map(({ participantId, personalDataRef, facts }) => ({
      participantId,
      personalDataRef,
      ...facts,
    }));
    const sealedNow = await this.vault.sealOnce(
      people.map(({ participantId, personalDataRef, personal }) => ({ ref: personalDataRef, participantId, data: personal })),
    );
    try {
      const result = await this.writeAccess.moduleWrite(
        moduleId,
        context.principal,
        () => rows.map((r) => r.trainingDate),
        ({ access, calendar }) =>
          this.repository.execute(
            moduleStream(moduleId),
            moduleAggregate,
            { type: 'RegisterParticipants', data: { access, calendar, moduleId, participants } },
            context,
          ),
      );
      void this.vault.confirm(participants.map((p) => p.personalDataRef));
      return { ...result, participantIds: participants.map((p) => p.participantId) };
    } catch (error) {
      await this.vault.erase(sealedNow);
      throw error;
    }
  }
}
