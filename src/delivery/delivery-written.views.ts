import { ApiProperty } from '@nestjs/swagger';
import { Written } from '../shared/http/written.view.js';

const UUID = { format: 'uuid', example: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b' } as const;

/** The answers of the delivery writes: the ids a write made, beside revision and position. */
class AwardWritten extends Written {
  @ApiProperty(UUID) readonly awardId!: string;
}

export class FollowUpRecordedView extends AwardWritten {
  @ApiProperty(UUID) readonly followUpId!: string;
}

export class PaymentRecordedView extends AwardWritten {
  @ApiProperty(UUID) readonly paymentId!: string;
}

export class RecoveryRecordedView extends AwardWritten {
  @ApiProperty(UUID) readonly recoveryId!: string;
}

export class FinancialReportRecordedView extends AwardWritten {
  @ApiProperty(UUID) readonly reportId!: string;
}

export class ModuleRegisteredView extends AwardWritten {
  @ApiProperty({ ...UUID, description: 'the new module (also in Location)' }) readonly moduleId!: string;
}

class ModuleWritten extends Written {
  @ApiProperty(UUID) readonly moduleId!: string;
}

export class ParticipantRegisteredView extends ModuleWritten {
  @ApiProperty({ ...UUID, description: 'the new participant (also in Location)' }) readonly participantId!: string;
}

export class ParticipantsImportedView extends ModuleWritten {
  @ApiProperty({ example: 2 }) readonly imported!: number;
  @ApiProperty({ type: [String], description: 'in the order of the rows', example: [UUID.example] })
  readonly participantIds!: readonly string[];
}

export class SessionRegisteredView extends ModuleWritten {
  @ApiProperty(UUID) readonly sessionId!: string;
}

/** An erasure answers per participant: the module is not in the route. */
export class ParticipantErasedView extends Written {
  @ApiProperty(UUID) readonly participantId!: string;
  @ApiProperty({ type: Boolean, example: true }) readonly erased!: true;
}

export class EvaluationRecordedView extends ModuleWritten {
  @ApiProperty(UUID) readonly evaluationId!: string;
}

export class ParticipantRemovedView extends ModuleWritten {
  @ApiProperty(UUID) readonly participantId!: string;
  @ApiProperty({ type: Boolean, example: true }) readonly removed!: true;
}
