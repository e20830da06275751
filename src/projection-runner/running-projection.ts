import type { Projection } from '../../projections/projection.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import type { LeaseKeeper } from './lease-keeper.js';
import type { LogGroup } from './log-group.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly activeVersion: number | null;
  readonly position: Position | null;
  readonly state: 'serving' | 'rebuilding';
  /** The last failure to apply a batch, while the runner retries it; null when healthy. */
  readonly error: string | null;
}

/** One projection in a runner: its collection, how far it got, and whether this instance writes it. */
export interface Running {
  readonly projection: Projection;
  readonly collection: string;
  position: Position | null;
  /** Set while this instance holds the lease and applies the log: the projections it reads the log with. */
  group: LogGroup<Running> | null;
  rebuilding: boolean;
  error: string | null;
  readonly lease: LeaseKeeper;
}

export const statusOf = (r: Running, activeVersion: number | null): ProjectionStatus => ({
  name: r.projection.name,
  version: r.projection.version,
  activeVersion,
  position: r.position,
  state: r.rebuilding ? 'rebuilding' : 'serving',
  error: r.error,
});
