import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { join } from 'node:path';
import { ASSET_NAME } from './dashboard.http.controller.js';
import { projectRoot, StaticFiles } from './static-files.js';
import { pageHeaders, sendStatic } from './static-reply.js';

const WORKSPACE = join(projectRoot(), 'public', 'workspace');
/** Page scripts live one folder down; the name rule still allows nothing outside public/workspace. */
const PAGE_FOLDERS = new Set(['pages']);

/**
 * The advisers' and inspectors' workspace: one shell answers every /app/* path, so that each page the
 * browser's router draws (/app/calls/{id}, /app/history?...) can be bookmarked and reloaded.
 */
@ApiExcludeController()
@Controller('app')
export class WorkspaceController {
  private readonly files = new StaticFiles();

  @Get('assets/:name')
  async asset(@Param('name') name: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const file = ASSET_NAME.test(name) ? await this.files.read(join(WORKSPACE, name)) : null;
    return sendStatic(reply, file, ifNoneMatch);
  }

  @Get('assets/:folder/:name')
  async pageScript(
    @Param('folder') folder: string,
    @Param('name') name: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const file = PAGE_FOLDERS.has(folder) && ASSET_NAME.test(name) ? await this.files.read(join(WORKSPACE, folder, name)) : null;
    return sendStatic(reply, file, ifNoneMatch);
  }

  @Get()
  async root(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    return this.shell(reply, ifNoneMatch);
  }

  @Get('*')
  async route(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    return this.shell(reply, ifNoneMatch);
  }

  private async shell(reply: FastifyReply, ifNoneMatch: string | undefined) {
    return sendStatic(pageHeaders(reply), await this.files.read(join(WORKSPACE, 'index.html')), ifNoneMatch);
  }
}
