import type { EventStore, Position } from '../shared/event-store/event-store.port.js';
import type { ProjectionRunner, ProjectionStatus } from './projection-runner.js';

export interface ProjectionReport extends ProjectionStatus {
  /** Events between this projection's checkpoint and the log head; null where positions are not countable. */
  readonly lag: number | null;
}

export interface RunnerReport {
  readonly head: Position | null;
  /** The position every serving read model has reached (the lowest), and its lag. */
  readonly position: Position | null;
  readonly lag: number | null;
  readonly projections: readonly ProjectionReport[];
}

/** What operations watch: the log head, and how far behind it each projection is (/health and /metrics). */
export async function runnerReport(store: EventStore, runner: ProjectionRunner): Promise<RunnerReport> {
  const head = await store.headPosition();
  const position = runner.position();
  const projections = (await runner.status()).map((status) => ({ ...status, lag: lagOf(head, status.position) }));
  return { head, position, lag: lagOf(head, position), projections };
}

/**
 * On the embedded store positions are dense integers, so the lag is a count of events. Adapters with
 * opaque positions (EventStoreDB commit/prepare pairs) answer null rather than a wrong number.
 */
export function lagOf(head: Position | null, position: Position | null): number | null {
  if (head === null) return 0;
  if (typeof head !== 'number') return null;
  if (position === null) return head;
  return typeof position === 'number' ? Math.max(0, head - position) : null;
}
