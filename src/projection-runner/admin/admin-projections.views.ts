import { ApiProperty } from '@nestjs/swagger';
import type { Position } from '../../shared/event-store/event-store.port.js';
import { enumOf } from '../../shared/http/api-enum.js';
import { ApiPosition } from '../../shared/http/written.view.js';
import type { AdminProjection, RebuildState } from './online-rebuilds.js';

class RebuildStateView implements RebuildState {
  @ApiProperty({ example: 2, description: 'the generation being built beside the serving one' }) readonly generation!: number;
  @ApiPosition('how far the new generation has got') readonly position!: Position | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'why the rebuild failed; ask again to restart it' })
  readonly error!: string | null;
}

export class AdminProjectionView implements AdminProjection {
  @ApiProperty({ example: 'delivery-participants' }) readonly name!: string;
  @ApiProperty({ example: 1, description: 'the code version of this instance' }) readonly version!: number;
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'the code version serving reads' })
  readonly activeVersion!: number | null;
  @ApiProperty({ example: 1, description: 'the serving generation: each online rebuild makes the next one' })
  readonly generation!: number;
  @ApiProperty({ enum: enumOf<AdminProjection['state']>()('serving', 'rebuilding') }) readonly state!: AdminProjection['state'];
  @ApiPosition('the serving collection’s checkpoint') readonly position!: Position | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'the last failure while it retries' })
  readonly error!: string | null;
  @ApiProperty({ type: RebuildStateView, nullable: true, description: 'the online rebuild running on this instance; null when none' })
  readonly rebuild!: RebuildStateView | null;
}

export class AdminProjectionsView {
  @ApiProperty({ type: [AdminProjectionView] }) readonly projections!: readonly AdminProjectionView[];
}
