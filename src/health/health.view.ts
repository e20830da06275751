import { ApiProperty } from '@nestjs/swagger';
import type { Position } from '../shared/event-store/event-store.port.js';
import type { IntegrityState } from '../platform/integrity/integrity-monitor.js';
import type { ProjectionReport } from '../projection-runner/projection-metrics.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition } from '../shared/http/written.view.js';
import type { StoreHealth } from './store-probe.js';

class LogView {
  @ApiPosition('the newest event in the log; null while it is empty') readonly head!: Position | null;
  @ApiPosition(
    'how far the chain is verified intact (or up to the first break); behind the head for a moment while a long tail (a large import) is walked, a slice a turn; null while verifying at start',
  )
  readonly intactUpTo!: Position | null;
}

class ProjectionReportView implements ProjectionReport {
  @ApiProperty({ example: 'mandate-holders' }) readonly name!: string;
  @ApiProperty({ example: 1 }) readonly version!: number;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) readonly activeVersion!: number | null;
  @ApiPosition('its checkpoint') readonly position!: Position | null;
  @ApiProperty({ enum: enumOf<ProjectionReport['state']>()('serving', 'rebuilding') }) readonly state!: ProjectionReport['state'];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'the last failure while it retries' })
  readonly error!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'events behind the head; null where not countable' })
  readonly lag!: number | null;
}

class ProjectionsView {
  @ApiPosition('the position every serving read model has reached') readonly position!: Position | null;
  @ApiProperty({ type: Number, nullable: true, example: 0 }) readonly lag!: number | null;
  @ApiProperty({ type: [ProjectionReportView] }) readonly details!: readonly ProjectionReportView[];
}

class StoreHealthView implements StoreHealth {
  @ApiProperty({ example: 'sqlite', description: 'sqlite, eventstoredb or mongodb' }) readonly kind!: string;
  @ApiProperty({ enum: ['up', 'down'], example: 'up' }) readonly state!: StoreHealth['state'];
  @ApiProperty({ type: Number, nullable: true, example: 0.4, description: 'milliseconds one small read took; null when it failed' })
  readonly latencyMs!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'why the read failed' }) readonly error!: string | null;
}

class StoresView {
  @ApiProperty({ type: StoreHealthView }) readonly eventStore!: StoreHealthView;
  @ApiProperty({ type: StoreHealthView }) readonly readStore!: StoreHealthView;
}

class NoticeOutboxView {
  @ApiProperty({ enum: ['configured', 'not-configured'], example: 'configured', description: 'not-configured: no SMTP_URL, mails wait' })
  readonly smtp!: 'configured' | 'not-configured';
  @ApiProperty({ example: 0, description: 'notices still to be mailed (pending and in flight)' }) readonly backlog!: number;
  @ApiProperty({ example: 0 }) readonly sending!: number;
  @ApiProperty({ example: 78 }) readonly sent!: number;
  @ApiProperty({ example: 0, description: 'refused for good by the mail server, or out of attempts' }) readonly failed!: number;
  @ApiProperty({ type: Number, nullable: true, example: 42, description: 'the log position notices are recorded up to' })
  readonly position!: number | null;
  @ApiProperty({ example: 0, description: 'events not yet looked at for notices' }) readonly lag!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) readonly error!: string | null;
}

class VerificationView {
  @ApiProperty({ type: Number, nullable: true, example: 120_000, description: 'events verified so far; null on EventStoreDB' })
  readonly checked!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1_000_000, description: 'the events up to the head the check began at' })
  readonly of!: number | null;
}

export class HealthView {
  @ApiProperty({
    enum: ['ok', 'verifying', 'broken'],
    example: 'ok',
    description:
      'broken (503): the event log fails verification and nobody acknowledged it; verifying (200): the full check begun at start has not ended, the history is not vouched for yet',
  })
  readonly status!: 'ok' | 'verifying' | 'broken';
  @ApiProperty({ enum: enumOf<IntegrityState['status']>()('intact', 'acknowledged', 'broken', 'verifying'), example: 'intact' })
  readonly integrity!: IntegrityState['status'];
  @ApiProperty({ type: VerificationView, nullable: true, description: 'how far the check begun at start is, while integrity is verifying' })
  readonly verification!: VerificationView | null;
  @ApiProperty({ type: LogView }) readonly log!: LogView;
  @ApiProperty({ type: ProjectionsView }) readonly projections!: ProjectionsView;
  @ApiProperty({ type: StoresView, description: 'each store: its kind, whether it answered, and how fast' })
  readonly stores!: StoresView;
  @ApiProperty({ type: NoticeOutboxView, description: 'the outbox of notices of new calls to mandate holders' })
  readonly notices!: NoticeOutboxView;
}
