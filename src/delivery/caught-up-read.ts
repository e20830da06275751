import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';

const CATCH_UP_MS = 3000;

/**
 * A holder registers a module right after the award, or a session right after the module: the read
 * model may not have the award or module yet. A read that finds nothing waits once for the log's head.
 */
@Injectable()
export class CaughtUpRead {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  async read<T>(read: () => Promise<T | null>): Promise<T | null> {
    const first = await read();
    if (first !== null) return first;
    const head = await this.store.headPosition();
    if (head === null || !(await this.runner.waitFor(head, CATCH_UP_MS))) return null;
    return read();
  }
}
