import { ApiProperty } from '@nestjs/swagger';
import type { EventMetadata, IntegrityBreak, IntegrityReport, Position, StoredEvent } from '../shared/event-store/event-store.port.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition, Written } from '../shared/http/written.view.js';

class EventMetadataView implements EventMetadata {
  @ApiProperty({ example: 'ann.peeters' }) readonly actor!: string;
  @ApiProperty({ example: 'adviser' }) readonly role!: string;
  @ApiProperty({ format: 'uuid', example: '2c5e0f8a-1b3d-4c6e-9f0a-1b2c3d4e5f60' }) readonly correlationId!: string;
  @ApiProperty({ format: 'uuid', example: '2c5e0f8a-1b3d-4c6e-9f0a-1b2c3d4e5f60' }) readonly causationId!: string;
}

/** An event exactly as the log recorded it: who, when, which request, and its data. */
export class RecordedEventView implements StoredEvent {
  @ApiProperty({ format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) readonly id!: string;
  @ApiProperty({ example: 'MandateGranted' }) readonly type!: string;
  @ApiProperty({ example: 1 }) readonly schemaVersion!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the event’s data; its shape is given by type and schemaVersion',
    example: { enterpriseNumber: '0123.456.749', name: 'Opleidingen Vlaanderen vzw' },
  })
  readonly data!: Readonly<Record<string, unknown>>;
  @ApiProperty({ type: EventMetadataView }) readonly metadata!: EventMetadataView;
  @ApiProperty({ example: 'mandate-0123.456.749' }) readonly stream!: string;
  @ApiProperty({ example: 0 }) readonly revision!: number;
  @ApiPosition('its place in the whole log') readonly position!: Position;
  @ApiProperty({ example: '2016-01-04T09:12:00.000Z' }) readonly recordedAt!: string;
}

export class EventPageView {
  @ApiProperty({ type: [RecordedEventView] }) readonly items!: readonly RecordedEventView[];
  @ApiPosition('pass as `after` for the next page; null when this page is the last') readonly next!: Position | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '/audit/events?type=AwardGranted&limit=200&after=42',
    description: 'the same request for the next page (also in the Link header); null when this page is the last',
  })
  readonly nextLink!: string | null;
}

/** Everything that concerns one mandate holder, in log order: its mandate, its awards and their delivery. */
export class HolderHistoryView extends EventPageView {
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    example: ['5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d'],
    description: 'the awards ever granted to the holder, withdrawn ones included: their delivery is part of this history',
  })
  readonly awardIds!: readonly string[];
}

class IntegrityBreakView implements IntegrityBreak {
  @ApiPosition('the first position concerned; null for an anchor line that names none') readonly position!: Position | null;
  @ApiProperty({ example: 'altered', description: 'altered, forged, missing, truncated, anchor-mismatch, anchor-forged or anchor-missing' })
  readonly code!: string;
  @ApiProperty({ example: 'the event at position 12 does not match its MAC' }) readonly detail!: string;
}

class AnchorView {
  @ApiPosition('the anchored position') readonly position!: Position;
  @ApiProperty({ example: '2016-06-15T10:00:00.000Z' }) readonly at!: string;
}

export class IntegrityView implements IntegrityReport {
  @ApiProperty({ example: true, description: 'every event verifies and nothing is broken, acknowledged or not' }) readonly valid!: boolean;
  @ApiProperty({ enum: enumOf<IntegrityReport['status']>()('intact', 'acknowledged', 'broken'), example: 'intact' })
  readonly status!: IntegrityReport['status'];
  @ApiProperty({ example: 1520, description: 'events checked' }) readonly checked!: number;
  @ApiPosition('the last position verified before the first unacknowledged break') readonly intactUpTo!: Position | null;
  @ApiPosition('where anything is first wrong, acknowledged or not; null when all holds') readonly firstBrokenPosition!: Position | null;
  @ApiProperty({ type: IntegrityBreakView, nullable: true, description: 'the first break nobody acknowledged' })
  readonly problem!: IntegrityBreakView | null;
  @ApiProperty({ type: [IntegrityBreakView] }) readonly acknowledged!: readonly IntegrityBreakView[];
  @ApiProperty({ type: AnchorView, nullable: true, description: 'the newest anchor kept outside the data folder' })
  readonly lastAnchor!: AnchorView | null;
  @ApiProperty({ example: 'intact up to position 1520, last anchor 1000 at 2016-06-15T10:00:00.000Z' }) readonly summary!: string;
}

export class IntegrityAcknowledgedView extends Written {
  @ApiProperty({
    type: IntegrityView,
    description: 'the verification after the acknowledgement: another break behind it keeps the log broken',
  })
  readonly integrity!: IntegrityView;
}
