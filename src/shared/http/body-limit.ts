import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/** Every write names a few fields: a megabyte is far more than any needs, and little to buffer. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** A bulk import of 100 000 participants (about 25 MB as JSON, 12 MB as CSV, at most 600 bytes a row) fits. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

/** A larger body limit for one route; `acceptRouteBodyLimits` must run before the routes are registered. */
export function BodyLimit(bytes: number) {
  return RouteConfig({ bodyLimit: bytes });
}

/**
 * Nest's route decorators reach Fastify only as `config`: copy a route's `config.bodyLimit` to the
 * route's own `bodyLimit`, which Fastify checks (Content-Length and bytes received) before any parser.
 */
export function acceptRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
}

/** "1 MiB", "64 MiB", "512 KiB": the limit as a problem's detail names it. */
export function bytesInWords(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
