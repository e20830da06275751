import { type DynamicModule, Global, Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { mkdirSync } from 'node:fs';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';
import { PROJECTIONS } from '../projection-runner/projections.registry.js';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import { AuthGuard } from '../shared/auth/auth.guard.js';
import { TokenVerifier } from '../shared/auth/token-verifier.js';
import type { EventSchemas } from '../shared/domain/event-schema.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { UpcastingEventStore } from '../shared/event-store/upcasting-event-store.js';
import { IdempotencyInterceptor } from '../shared/http/idempotency.interceptor.js';
import { IDEMPOTENCY_STORE, type IdempotencyStore } from '../shared/http/idempotency.store.js';
import { MONGO_CLIENT } from '../shared/mongodb/mongo-connection.js';
import { ProblemFilter } from '../shared/http/problem.filter.js';
import { READ_STORE, type ReadStore } from '../shared/read-store/read-store.port.js';
import { CLOCK, type Clock, systemClock } from '../shared/time/clock.js';
import { ConsistentReadInterceptor } from './consistent-read.interceptor.js';
import { EVENT_SCHEMAS } from './event-schemas.js';
import { AnchorSchedule } from './integrity/anchor-schedule.js';
import { IntegrityMonitor } from './integrity/integrity-monitor.js';
import { ReadModels } from './read-models.js';
import { OPENED_EVENT_STORE, openEventStore, type OpenedEventStore } from './open-event-store.js';
import { OPENED_READ_STORES, openReadStores, type OpenedReadStores } from './open-read-stores.js';

export interface PlatformOptions {
  readonly config: AppConfig;
  readonly clock?: Clock;
  /** Off for one-shot scripts (seeding, rebuild) that drive the runner themselves. */
  readonly runProjections?: boolean;
  /** What the log is read with; a spec declares a newer version of an event here to read an old log. */
  readonly eventSchemas?: EventSchemas;
}

/**
 * Begins verifying the log, then starts the runner before any module's bootstrap hook (the demo seeder's
 * lookups read the read models) and the anchor schedule. On shutdown: stops the runner, takes the
 * last anchor, closes the stores.
 */
@Injectable()
class StoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotency: IdempotencyStore,
    @Inject('RUN_PROJECTIONS') private readonly runProjections: boolean,
    @Inject(IntegrityMonitor) private readonly integrity: IntegrityMonitor,
    @Inject(AnchorSchedule) private readonly anchors: AnchorSchedule,
    @Inject(OPENED_EVENT_STORE) private readonly opened: OpenedEventStore,
    @Inject(OPENED_READ_STORES) private readonly readStores: OpenedReadStores,
  ) {}

  async onModuleInit(): Promise<void> {
    await Promise.all([this.opened.ready(), this.readStores.ready()]);
    // Requests are answered while a long log is verified; /health says `verifying` until it ends.
    this.integrity.checkAtStart().catch(() => undefined);
    if (this.runProjections) await this.runner.start();
    this.anchors.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.integrity.stop();
    await this.runner.stop();
    await this.anchors.stop();
    await this.store.close();
    await this.idempotency.close();
    await this.readStore.close();
  }
}

/** The embedded stores, the runner, authentication and the HTTP conventions every context shares. */
@Global()
export class PlatformModule {
  static forRoot({ config, clock = systemClock, runProjections = true, eventSchemas = EVENT_SCHEMAS }: PlatformOptions): DynamicModule {
    mkdirSync(config.dataDir, { recursive: true });
    const opened = openEventStore(config, clock);
    // Integrity and anchors work on the stored bytes; everything else reads events upcast to their current shape.
    const store = new UpcastingEventStore(opened.store, eventSchemas);
    const readStores = openReadStores(config);
    const { readStore } = readStores;
    // One process per DATA_DIR (main.ts holds its lock): a fixed owner renews its own lease after a
    // crash at once, where a fresh one would wait for the dead process's lease to expire. Instances
    // sharing a MongoDB read store each need an owner of their own.
    const owner = readStores.kind === 'sqlite' ? { owner: 'embedded' } : {};
    const runner = new ProjectionRunner(store, readStore, PROJECTIONS, owner);
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: clock },
      { provide: OPENED_EVENT_STORE, useValue: opened },
      { provide: EVENT_STORE, useValue: store },
      { provide: READ_STORE, useValue: readStore },
      { provide: OPENED_READ_STORES, useValue: readStores },
      { provide: IDEMPOTENCY_STORE, useValue: readStores.idempotency },
      { provide: MONGO_CLIENT, useValue: readStores.mongo },
      { provide: ProjectionRunner, useValue: runner },
      { provide: ReadModels, useValue: new ReadModels(readStore, runner) },
      { provide: 'RUN_PROJECTIONS', useValue: runProjections },
      { provide: IntegrityMonitor, useValue: new IntegrityMonitor(opened.evidence, config.integritySliceEvents) },
      { provide: AnchorSchedule, useValue: new AnchorSchedule(opened.evidence) },
      AggregateRepository,
      StoreLifecycle,
    ];
    return {
      module: PlatformModule,
      providers: [
        ...providers,
        TokenVerifier,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ConsistentReadInterceptor },
      ],
      exports: [
        APP_CONFIG,
        CLOCK,
        EVENT_STORE,
        READ_STORE,
        MONGO_CLIENT,
        ProjectionRunner,
        ReadModels,
        AggregateRepository,
        IntegrityMonitor,
      ],
    };
  }
}
