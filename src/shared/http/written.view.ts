import { ApiProperty } from '@nestjs/swagger';
import type { Position } from '../event-store/event-store.port.js';

/** A log position: an integer on the embedded store, an opaque token on EventStoreDB; null before the first event. */
export const ApiPosition = (description: string) =>
  ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string' }], nullable: true, example: 42, description });

/** What every write answers besides its ids (see written.ts); the ETag header carries the revision too. */
export class Written {
  @ApiProperty({ description: 'revision of the stream after the write (also the ETag)', example: 0 })
  readonly revision!: number;

  @ApiPosition('log position of the write: pass it as consistentWith to read your write')
  readonly position!: Position | null;
}
