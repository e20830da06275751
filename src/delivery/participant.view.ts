import { ApiProperty } from '@nestjs/swagger';
import type { ParticipantDocument } from '../../projections/delivery-participants.projection.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition } from '../shared/http/written.view.js';
import type { ParticipantRole } from './domain/events.js';
import type { PersonalData } from './personal-data/personal-data.vault.js';

const UUID = { format: 'uuid', example: '0b6f3c1e-2d4a-4b5c-9d8e-7f6a5b4c3d2e' } as const;

class PersonalDataView implements PersonalData {
  @ApiProperty({ example: 'An Jansens' }) readonly name!: string;
  @ApiProperty({ example: 'an.jansens@example.be' }) readonly email!: string;
  @ApiProperty({ example: '1985-03-14' }) readonly birthDate!: string;
}

class RemovalView {
  @ApiProperty({ example: 'registered twice' }) readonly reason!: string;
  @ApiProperty({ example: '2016-09-10' }) readonly removedOn!: string;
}

class ParticipantEvaluationView {
  @ApiProperty(UUID) readonly evaluationId!: string;
  @ApiProperty({ example: 8 }) readonly score!: number;
}

/** A participant's facts and, for the adviser, the personal data from the vault. */
export class ParticipantView implements Omit<ParticipantDocument, 'personalDataRef'> {
  @ApiProperty(UUID) readonly participantId!: string;
  @ApiProperty(UUID) readonly moduleId!: string;
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: '2016-09-05' }) readonly trainingDate!: string;
  @ApiProperty({ example: 2016, description: 'Brussels year of the training' }) readonly trainingYear!: number;
  @ApiProperty({ example: '0202.239.951', description: 'the company the participant works for or runs' })
  readonly companyEnterpriseNumber!: string;
  @ApiProperty({ enum: enumOf<ParticipantRole>()('entrepreneur', 'employee') }) readonly role!: ParticipantRole;
  @ApiProperty({ type: [String], example: ['starter'] }) readonly targetGroups!: readonly string[];
  @ApiProperty({ type: RemovalView, nullable: true }) readonly removed!: RemovalView | null;
  @ApiProperty({ type: ParticipantEvaluationView, nullable: true }) readonly evaluation!: ParticipantEvaluationView | null;
  @ApiProperty({ type: PersonalDataView, nullable: true, description: 'null once removed or erased' })
  readonly personal!: PersonalDataView | null;
  @ApiProperty({ example: false }) readonly erased!: boolean;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}
