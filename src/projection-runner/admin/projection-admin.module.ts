import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { READ_STORE, type ReadStore } from '../../shared/read-store/read-store.port.js';
import { ProjectionRunner } from '../projection-runner.js';
import { PROJECTIONS } from '../projections.registry.js';
import { AdminProjectionsController } from './admin-projections.http.controller.js';
import { OnlineRebuilds } from './online-rebuilds.js';

/** GET /admin/projections and the online rebuild, for the `operator` role. */
@Module({
  controllers: [AdminProjectionsController],
  providers: [
    {
      provide: OnlineRebuilds,
      inject: [EVENT_STORE, READ_STORE, ProjectionRunner],
      useFactory: (store: EventStore, readStore: ReadStore, runner: ProjectionRunner) =>
        new OnlineRebuilds(store, readStore, runner, PROJECTIONS),
    },
  ],
})
export class ProjectionAdminModule implements OnApplicationShutdown {
  constructor(@Inject(OnlineRebuilds) private readonly rebuilds: OnlineRebuilds) {}

  async onApplicationShutdown(): Promise<void> {
    await this.rebuilds.stop();
  }
}
