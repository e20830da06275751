import { ApiProperty } from '@nestjs/swagger';
import type { MandateHolderDocument } from '../../projections/mandate-holders.projection.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition, Written } from '../shared/http/written.view.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import type { MandateStatus } from './domain/mandate.js';

const MANDATE_STATUSES = enumOf<MandateStatus>()('active', 'suspended', 'revoked');
type StatusToday = MandateStatus | 'not-yet-active';
const STATUSES_TODAY = enumOf<StatusToday>()('active', 'suspended', 'revoked', 'not-yet-active');

export class MandatePeriodView {
  @ApiProperty({ description: 'first day of the period (Brussels)', example: '2016-01-04' })
  readonly from!: string;

  @ApiProperty({ enum: MANDATE_STATUSES, example: 'active' })
  readonly status!: MandateStatus;

  @ApiProperty({ type: String, nullable: true, description: 'why the status changed; null for the grant', example: null })
  readonly reason!: string | null;
}

export class NotificationPreferencesView {
  @ApiProperty({ example: 'oproepen@opleidingen.example' }) readonly email!: string;
  @ApiProperty({ example: true, description: 'false: notices only in the feed, no mail' }) readonly enabled!: boolean;
}

/** A mandate holder as the projection keeps it, with its status on today's Brussels date. */
export class MandateHolderView implements MandateHolderDocument {
  @ApiProperty({ description: 'KBO number, normalised', example: '0123.456.749' })
  readonly enterpriseNumber!: string;

  @ApiProperty({ example: 'Opleidingen Vlaanderen vzw' })
  readonly name!: string;

  @ApiProperty({ example: 'info@opleidingen.example' })
  readonly email!: string;

  @ApiProperty({ enum: enumOf<MandateHolderDocument['basis']>()('quality-label', 'experience'), example: 'quality-label' })
  readonly basis!: MandateHolderDocument['basis'];

  @ApiProperty({ type: String, nullable: true, example: 'Q-for-training' })
  readonly qualityLabel!: string | null;

  @ApiProperty({ enum: MANDATE_STATUSES, description: 'the status of the latest recorded change', example: 'active' })
  readonly status!: MandateStatus;

  @ApiProperty({ example: '2016-01-04' })
  readonly grantedOn!: string;

  @ApiProperty({ type: [MandatePeriodView] })
  readonly timeline!: readonly MandatePeriodView[];

  @ApiProperty({ type: NotificationPreferencesView, description: 'where notices of new calls are mailed' })
  readonly notifications!: NotificationPreferencesView;

  @ApiProperty({ description: 'when the last event was recorded', example: '2016-01-04T09:12:00.000Z' })
  readonly updatedAt!: string;

  @ApiProperty({ enum: STATUSES_TODAY, description: 'read off the timeline: a suspension dated later is not yet in force' })
  readonly statusToday!: StatusToday;

  @ApiProperty({ example: true })
  readonly activeToday!: boolean;
}

export class MandateHolderListView {
  @ApiProperty({ type: [MandateHolderView] })
  readonly items!: readonly MandateHolderView[];

  @ApiProperty({ example: 1 })
  readonly total!: number;

  @ApiPosition('the log position the read models had reached')
  readonly position!: Position | null;
}

export class MandateWrittenView extends Written {
  @ApiProperty({ example: '0123.456.749' })
  readonly enterpriseNumber!: string;
}
