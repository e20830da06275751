import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { join } from 'node:path';
import { HttpProblem } from '../shared/http/problem.js';
import { projectRoot, type StaticFile, StaticFiles } from './static-files.js';

const root = projectRoot();
const PUBLIC = join(root, 'public');
/** Chart.js is served from the installed package: the page needs no network beyond the service. */
const VENDOR: Record<string, string> = { 'chart.umd.js': join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.js') };
/** One path segment, no dots in front: nothing outside public/assets can be named. */
const ASSET_NAME = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+$/;

/**
 * The page holds no data (it signs in with a token and asks the API), so it is public. It forbids
 * everything but its own origin, because the token it keeps in sessionStorage must not leak to a script
 * from elsewhere. Assets are not versioned in their names: `no-cache` with an ETag lets the browser keep
 * them and revalidate cheaply (304), and a new release is picked up at once.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

@ApiExcludeController()
@Controller()
export class DashboardController {
  private readonly files = new StaticFiles();

  @Get()
  async page(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    reply.header('content-security-policy', CSP).header('x-frame-options', 'DENY').header('referrer-policy', 'no-referrer');
    return this.send(reply, await this.files.read(join(PUBLIC, 'index.html')), ifNoneMatch);
  }

  @Get('assets/vendor/:name')
  async vendor(@Param('name') name: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const path = Object.hasOwn(VENDOR, name) ? VENDOR[name] : null;
    return this.send(reply, path ? await this.files.read(path) : null, ifNoneMatch);
  }

  @Get('assets/:name')
  async asset(@Param('name') name: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const file = ASSET_NAME.test(name) ? await this.files.read(join(PUBLIC, 'assets', name)) : null;
    return this.send(reply, file, ifNoneMatch);
  }

  private send(reply: FastifyReply, file: StaticFile | null, ifNoneMatch: string | undefined) {
    if (!file) throw new HttpProblem(404, 'ASSET_NOT_FOUND', 'no such dashboard asset');
    reply.header('cache-control', 'no-cache').header('etag', file.etag).header('x-content-type-options', 'nosniff');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === file.etag)) return reply.code(304).send();
    return reply.type(file.contentType).send(file.body);
  }
}
