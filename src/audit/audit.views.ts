import { ApiProperty } from '@nestjs/swagger';
import type { EventMetadata, IntegrityReport, Position, StoredEvent } from '../shared/event-store/event-store.port.js';
import { ApiPosition } from '../shared/http/written.view.js';

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
}

export class IntegrityView implements IntegrityReport {
  @ApiProperty({ example: true }) readonly valid!: boolean;
  @ApiProperty({ example: 1520, description: 'events checked' }) readonly checked!: number;
  @ApiPosition('where the hash chain first breaks; null when it holds') readonly firstBrokenPosition!: Position | null;
}
