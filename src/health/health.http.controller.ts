import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IntegrityMonitor } from '../platform/integrity/integrity-monitor.js';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';
import { HealthView } from './health.view.js';
import { probeStore } from './store-probe.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { READ_STORE, type ReadStore } from '../shared/read-store/read-store.port.js';
import { runnerReport } from '../projection-runner/projection-metrics.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { NOTICE_QUERIES, type NoticeQueries } from '../notices/notices.queries.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(IntegrityMonitor) private readonly integrity: IntegrityMonitor,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NOTICE_QUERIES) private readonly notices: NoticeQueries,
  ) {}

  /**
   * Answers without a token: for load balancers and for people. Lag is in events on the embedded store.
   * A broken log answers 503 until an operator acknowledges the break (POST /audit/integrity/acknowledge):
   * a service that cannot vouch for its history should leave the rotation until someone has looked.
   * While the check begun at start runs, 200 with `verifying`: nothing is known against the history yet,
   * and a process restarted for being "unhealthy" would only begin the check again.
   */
  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness, the log head, its integrity and how far the read models lag' })
  @ApiResponse({
    status: 200,
    type: HealthView,
    description:
      'log head, integrity (intact, acknowledged, or verifying with how far while the check begun at start runs), projection positions and lag, each store with its kind, state and latency',
  })
  @ApiResponse({
    status: 503,
    type: HealthView,
    description: 'integrity "broken": the event log fails verification and nobody acknowledged it',
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const kinds = this.config.stores ?? { eventStore: { kind: 'sqlite' }, readStore: { kind: 'sqlite' } };
    const [eventStore, readStore] = await Promise.all([
      probeStore(kinds.eventStore.kind, () => this.store.headPosition()),
      probeStore(kinds.readStore.kind, () => this.readStore.activeVersion('health-probe')),
    ]);
    const state = await this.integrity.current();
    const integrity = state.status;
    const { head, position, lag, projections } = await runnerReport(this.store, this.runner);
    if (integrity === 'broken') void reply.status(503);
    return {
      status: integrity === 'broken' || integrity === 'verifying' ? integrity : 'ok',
      integrity,
      verification: state.status === 'verifying' ? { checked: state.checked, of: state.of } : null,
      log: { head, intactUpTo: state.status === 'verifying' ? null : state.intactUpTo },
      projections: { position, lag, details: projections },
      stores: { eventStore, readStore },
      notices: await this.notices.report(),
    };
  }
}
