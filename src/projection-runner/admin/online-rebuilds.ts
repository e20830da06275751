import type { Projection } from '../../../projections/projection.js';
import type { EventStore, Position } from '../../shared/event-store/event-store.port.js';
import { HttpProblem } from '../../shared/http/problem.js';
import type { ReadStore } from '../../shared/read-store/read-store.port.js';
import { ProjectionRunner } from '../projection-runner.js';
import { builderOf, generationCollection, generationKey } from '../rebuild-generation.js';

export interface RebuildState {
  readonly generation: number;
  readonly position: Position | null;
  readonly error: string | null;
}

export interface AdminProjection {
  readonly name: string;
  readonly version: number;
  readonly activeVersion: number | null;
  readonly generation: number;
  readonly state: 'serving' | 'rebuilding';
  readonly position: Position | null;
  readonly error: string | null;
  /** The generation being built beside the serving one, on this instance; null when none is. */
  readonly rebuild: RebuildState | null;
}

interface Building {
  readonly generation: number;
  readonly builder: ProjectionRunner;
  error: string | null;
  done: Promise<void>;
}

/**
 * Rebuilds a projection while the service runs (POST /admin/projections/{name}/rebuild): a builder
 * replays the whole log into the next generation's collection under a lease of its own, while the
 * serving collection keeps answering and keeps applying new events. Once the builder has reached the
 * head, the generation is swapped in the read store (every instance reads it there), this instance's
 * runner moves onto the new collection and the old one is dropped. It runs on the instance that leads
 * the projection: only that one can stop writing the old collection at the swap.
 */
export class OnlineRebuilds {
  private readonly building = new Map<string, Building>();

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly runner: ProjectionRunner,
    private readonly projections: readonly Projection[],
  ) {}

  async start(name: string): Promise<AdminProjection> {
    const projection = this.projections.find((p) => p.name === name);
    const entry = this.runner.entryOf(name);
    if (!projection || !entry) throw new HttpProblem(404, 'PROJECTION_NOT_FOUND', `no projection ${name}`);
    if ((this.building.has(name) && this.building.get(name)?.error === null) || entry.rebuilding)
      throw new HttpProblem(409, 'PROJECTION_REBUILDING', `projection ${name} is being rebuilt already`);
    if (entry.group === null)
      throw new HttpProblem(
        409,
        'PROJECTION_LED_ELSEWHERE',
        `another instance leads projection ${name}: ask again (the balancer picks another)`,
      );
    const generation = ((await this.readStore.activeVersion(generationKey(name))) ?? 0) + 1;
    // A rebuild interrupted by a restart left its collection behind: start it afresh.
    await this.readStore.drop(generationCollection(name, projection.version, generation));
    const builder = new ProjectionRunner(this.store, this.readStore, [builderOf(projection, generation)], { owner: this.runner.owner });
    const building: Building = { generation, builder, error: null, done: Promise.resolve() };
    building.done = this.build(name, building).catch((error: unknown) => {
      // Kept with its error for GET /admin/projections; a new request starts it again.
      building.error = error instanceof Error ? error.message : String(error);
    });
    this.building.set(name, building);
    return (await this.list()).find((p) => p.name === name)!;
  }

  /** Resolves once the rebuild of `name` (if any) has swapped in or failed. */
  async settled(name: string): Promise<void> {
    await this.building.get(name)?.done;
  }

  async list(): Promise<AdminProjection[]> {
    const statuses = await this.runner.status();
    return Promise.all(
      statuses.map(async (s) => {
        const building = this.building.get(s.name);
        return {
          name: s.name,
          version: s.version,
          activeVersion: s.activeVersion,
          generation: (await this.readStore.activeVersion(generationKey(s.name))) ?? 0,
          state: (building && building.error === null) || s.state === 'rebuilding' ? 'rebuilding' : 'serving',
          position: s.position,
          error: s.error,
          rebuild: building ? { generation: building.generation, position: building.builder.position(), error: building.error } : null,
        };
      }),
    );
  }

  async stop(): Promise<void> {
    await Promise.all([...this.building.values()].map((b) => b.builder.stop()));
  }

  private async build(name: string, building: Building): Promise<void> {
    const { builder, generation } = building;
    const previous = await this.runner.collectionFor(name);
    try {
      await builder.start();
      for (;;) {
        const head = await this.store.headPosition();
        if (head === null || (await builder.waitFor(head, 1_000))) break;
      }
      await this.readStore.setActiveVersion(generationKey(name), generation);
    } finally {
      await builder.stop();
    }
    await this.runner.reattach(name);
    this.building.delete(name);
    if (previous !== (await this.runner.collectionFor(name))) await this.readStore.drop(previous);
  }
}
