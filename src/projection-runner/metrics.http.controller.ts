import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { Gauge, Registry } from 'prom-client';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { ProjectionRunner } from './projection-runner.js';
import { runnerReport } from './projection-metrics.js';

const LABELS = ['projection', 'version'] as const;

/**
 * Prometheus text for the runner. Public like /health: it shows positions and counts of events only,
 * never a figure or a person, and scrapers rarely carry the service's user tokens. A registry per app
 * (not prom-client's global one) so that several apps in one process (tests) do not collide.
 */
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();
  private readonly head = new Gauge({
    name: 'daeb_log_head_position',
    help: 'Position of the newest event in the log',
    registers: [this.registry],
  });
  private readonly position = new Gauge({
    name: 'daeb_projection_position',
    help: 'Log position the projection has applied (its checkpoint)',
    labelNames: LABELS,
    registers: [this.registry],
  });
  private readonly lag = new Gauge({
    name: 'daeb_projection_lag_events',
    help: 'Events between the projection and the log head',
    labelNames: LABELS,
    registers: [this.registry],
  });
  private readonly rebuilding = new Gauge({
    name: 'daeb_projection_rebuilding',
    help: '1 while a new version is rebuilt beside the serving one',
    labelNames: LABELS,
    registers: [this.registry],
  });

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @ApiExcludeEndpoint()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    // One report per scrape, so that head, positions and lags agree with each other.
    const report = await runnerReport(this.store, this.runner);
    this.head.set(numeric(report.head ?? 0));
    for (const gauge of [this.position, this.lag, this.rebuilding]) gauge.reset();
    for (const p of report.projections) {
      const labels = { projection: p.name, version: String(p.version) };
      this.position.set(labels, numeric(p.position ?? 0));
      this.lag.set(labels, numeric(p.lag));
      this.rebuilding.set(labels, p.state === 'rebuilding' ? 1 : 0);
    }
    return this.registry.metrics();
  }
}

/** Opaque positions (EventStoreDB) are not numbers: NaN is Prometheus' "no value", not a false zero. */
const numeric = (value: unknown) => (typeof value === 'number' ? value : NaN);
