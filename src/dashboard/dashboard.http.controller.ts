import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { join } from 'node:path';
import { projectRoot, StaticFiles } from './static-files.js';
import { pageHeaders, sendStatic } from './static-reply.js';

const root = projectRoot();
const PUBLIC = join(root, 'public');
/** Chart.js is served from the installed package: the page needs no network beyond the service. */
const VENDOR: Record<string, string> = { 'chart.umd.js': join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.js') };
/** One path segment, no dots in front: nothing outside public/assets can be named. */
export const ASSET_NAME = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+$/;

@ApiExcludeController()
@Controller()
export class DashboardController {
  private readonly files = new StaticFiles();

  @Get()
  async page(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    return sendStatic(pageHeaders(reply), await this.files.read(join(PUBLIC, 'index.html')), ifNoneMatch);
  }

  @Get('assets/vendor/:name')
  async vendor(@Param('name') name: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const path = Object.hasOwn(VENDOR, name) ? VENDOR[name] : null;
    return sendStatic(reply, path ? await this.files.read(path) : null, ifNoneMatch);
  }

  @Get('assets/:name')
  async asset(@Param('name') name: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const file = ASSET_NAME.test(name) ? await this.files.read(join(PUBLIC, 'assets', name)) : null;
    return sendStatic(reply, file, ifNoneMatch);
  }
}
