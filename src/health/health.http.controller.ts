import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../shared/auth/auth.decorators.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  /** Answers without a token: for load balancers and for people. Lag is in events on the embedded store. */
  @Get()
  @Public()
  async health() {
    const head = await this.store.headPosition();
    const position = this.runner.position();
    const lag = head === null ? 0 : position === null ? lagOf(head, 0) : lagOf(head, position);
    return { status: 'ok', log: { head }, projections: { position, lag, details: await this.runner.status() } };
  }
}

function lagOf(head: number | string, position: number | string): number | null {
  return typeof head === 'number' && typeof position === 'number' ? head - position : null;
}
