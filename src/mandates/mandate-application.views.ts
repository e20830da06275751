import { ApiProperty } from '@nestjs/swagger';
import type { MandateApplicationDocument } from '../../projections/mandate-applications.projection.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import { ApiPosition, Written } from '../shared/http/written.view.js';
import type { ApplicationStatus } from './domain/mandate-application.js';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'approved', 'rejected'];

class DecisionView {
  @ApiProperty({ example: '2016-05-10' }) readonly on!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'why it was rejected; null when approved' })
  readonly reason!: string | null;
}

export class MandateApplicationView implements MandateApplicationDocument {
  @ApiProperty({ format: 'uuid' }) readonly applicationId!: string;
  @ApiProperty({ example: '0417.497.106' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: 'Nieuwe Opleider vzw' }) readonly name!: string;
  @ApiProperty({ example: 'info@nieuweopleider.example' }) readonly email!: string;
  @ApiProperty({ enum: ['quality-label', 'experience'], example: 'quality-label' }) readonly basis!: 'quality-label' | 'experience';
  @ApiProperty({ type: String, nullable: true, example: 'Q-for-training' }) readonly qualityLabel!: string | null;
  @ApiProperty({ example: 'Tien jaar opleidingen voor starters.' }) readonly motivation!: string;
  @ApiProperty({ example: '2016-05-02' }) readonly appliedOn!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, example: 'submitted' }) readonly status!: ApplicationStatus;
  @ApiProperty({ type: DecisionView, nullable: true }) readonly decision!: DecisionView | null;
  @ApiProperty({ example: '2016-05-02T08:00:00.000Z' }) readonly updatedAt!: string;
}

export class MandateApplicationListView {
  @ApiProperty({ type: [MandateApplicationView] }) readonly items!: readonly MandateApplicationView[];
  @ApiProperty({ example: 1 }) readonly total!: number;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}

export class MandateApplicationWrittenView extends Written {
  @ApiProperty({ format: 'uuid' }) readonly applicationId!: string;
}
