import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { HttpProblem } from '../shared/http/problem.js';

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
    if (head === null) return null;
    // Far behind (a rebuild, a large import being applied), the read models cannot tell yet whether it
    // exists: a 404 would be a guess. 503 asks the client to try again, as a consistentWith read does.
    if (!(await this.runner.waitFor(head, CATCH_UP_MS)))
      throw new HttpProblem(503, 'READ_MODEL_BEHIND', `the read models have not reached the log's head within ${CATCH_UP_MS} ms; retry`);
    return read();
  }
}
