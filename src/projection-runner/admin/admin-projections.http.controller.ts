import { Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRead, WriteRoute } from '../../shared/http/openapi.js';
import { AdminProjectionsView, AdminProjectionView } from './admin-projections.views.js';
import { OnlineRebuilds } from './online-rebuilds.js';

/** The operator's view of the read models and the online rebuild; an operator sees no figure and no person here. */
@ApiTags('operations')
@Controller('admin/projections')
export class AdminProjectionsController {
  constructor(@Inject(OnlineRebuilds) private readonly rebuilds: OnlineRebuilds) {}

  @Get()
  @ApiRead({
    operationId: 'listProjections',
    summary: 'Every projection: its version, serving generation, state and position, and a rebuild in progress',
    response: AdminProjectionsView,
    noConsistentWith: true,
  })
  async list(): Promise<AdminProjectionsView> {
    return { projections: await this.rebuilds.list() };
  }

  @Post(':name/rebuild')
  @WriteRoute({
    operationId: 'rebuildProjection',
    summary: 'Rebuild a projection online: the old generation serves until the new one has caught up',
    description:
      'Answers at once with the rebuild started (follow it in GET /admin/projections). 404 PROJECTION_NOT_FOUND; 409 PROJECTION_REBUILDING while one runs; 409 PROJECTION_LED_ELSEWHERE on an instance that does not lead the projection (ask again).',
    body: null,
    status: 200,
    response: AdminProjectionView,
    notFound: true,
  })
  async rebuild(@Param('name') name: string): Promise<AdminProjectionView> {
    return this.rebuilds.start(name);
  }
}
