import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../shared/auth/auth.decorators.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';
import { HealthView } from './health.view.js';
import { runnerReport } from '../projection-runner/projection-metrics.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  /** Answers without a token: for load balancers and for people. Lag is in events on the embedded store. */
  @Get()
  @Public()
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness, the log head and how far the read models lag' })
  @ApiResponse({ status: 200, type: HealthView, description: 'the service answers' })
  async health(): Promise<HealthView> {
    const { head, position, lag, projections } = await runnerReport(this.store, this.runner);
    return { status: 'ok', log: { head }, projections: { position, lag, details: projections } };
  }
}
