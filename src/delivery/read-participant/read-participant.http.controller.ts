import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { ReadModels } from '../../platform/read-models.js';
import { participantIdParam } from '../../shared/http/id-params.js';
import { ParticipantView } from '../participant.view.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from '../personal-data/personal-data-vault.port.js';

/** The one route that opens the vault: an adviser reading one participant, for a follow-up on that person. */
@ApiTags('delivery')
@Controller('participants')
export class ReadParticipantController {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVaultPort,
  ) {}

  @Get(':participantId')
  @ApiRead({
    operationId: 'getParticipant',
    summary: 'One participant with personal data (adviser only)',
    description: 'personal is null once the participant was removed or the person erased.',
    response: ParticipantView,
    notFound: true,
  })
  async one(
    @Param('participantId', participantIdParam) participantId: string,
    @Query(new JoiValidationPipe(readQuery)) _query: object,
  ): Promise<ParticipantView> {
    const participant = await this.readModels.get<ParticipantDocument>('delivery-participants', participantId);
    if (!participant) throw notFound('PARTICIPANT_NOT_FOUND', `no participant ${participantId}`);
    const { personalDataRef, ...facts } = participant;
    // Someone registered by mistake keeps no personal data with the agency: a removal erases them, and the
    // vault is not even opened for a removed participant, should that erasure not have happened yet.
    const personal = facts.removed ? null : await this.vault.open(personalDataRef);
    return { ...facts, personal, erased: personal === null, position: this.readModels.position() };
  }
}
