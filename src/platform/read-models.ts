import type { Position } from '../shared/event-store/event-store.port.js';
import type { Counters } from '../../projections/projection.js';
import { type Filter, type ReadStore, totalsCollectionOf } from '../shared/read-store/read-store.port.js';
import type { TotalsDocument } from '../projection-runner/running-totals.js';
import type { ProjectionRunner } from '../projection-runner/projection-runner.js';

/** Reads of projected documents, always from the collection that is serving now. */
export class ReadModels {
  constructor(
    private readonly readStore: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  async get<D>(projection: string, id: string): Promise<D | null> {
    return this.readStore.get<D>(await this.runner.collectionFor(projection), id);
  }

  /** One document as known at `asOf` (ISO timestamp), or now when null: a lookup by id either way. */
  async getAsOf<D>(projection: string, id: string, asOf: string | null): Promise<D | null> {
    return this.documentAt<D>(await this.runner.collectionFor(projection), id, asOf);
  }

  async find<D>(projection: string, filter?: Filter): Promise<D[]> {
    return this.readStore.find<D>(await this.runner.collectionFor(projection), filter);
  }

  async *iterate<D>(projection: string, filter?: Filter): AsyncIterable<D> {
    yield* this.readStore.iterate<D>(await this.runner.collectionFor(projection), filter);
  }

  /** As known at `asOf` (ISO timestamp); the current documents when asOf is null. */
  async findAsOf<D>(projection: string, asOf: string | null, filter?: Filter): Promise<D[]> {
    const collection = await this.runner.collectionFor(projection);
    return asOf === null ? this.readStore.find<D>(collection, filter) : this.readStore.findAsOf<D>(collection, asOf, filter);
  }

  /**
   * A projection's running totals for one key (a year) as known at `asOf`, or now when null: one document
   * read, whatever the length of the history. Absent counters are zero.
   */
  async totals(projection: string, key: string, asOf: string | null): Promise<Counters> {
    const collection = totalsCollectionOf(await this.runner.collectionFor(projection));
    return (await this.documentAt<TotalsDocument>(collection, key, asOf))?.counters ?? {};
  }

  private documentAt<D>(collection: string, id: string, asOf: string | null): Promise<D | null> {
    return asOf === null ? this.readStore.get<D>(collection, id) : this.readStore.getAsOf<D>(collection, id, asOf);
  }

  position(): Position | null {
    return this.runner.position();
  }
}
