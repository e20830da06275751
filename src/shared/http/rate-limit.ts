import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import jwt from 'jsonwebtoken';
import { createHash } from 'node:crypto';
import { HttpProblem } from './problem.js';

/**
 * A token that verifies is one caller, however many addresses it comes from; everything else counts
 * against its address, so that made-up tokens do not each open a fresh allowance.
 */
export function rateLimitKey(secret: string | null): (request: FastifyRequest) => string {
  return (request) => {
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    // Tokens of the identity provider (JWKS) are verified later, by the guard: until then they count per address.
    if (token && secret) {
      try {
        jwt.verify(token, secret, { algorithms: ['HS256'] });
        return `token:${createHash('sha256').update(token).digest('base64url')}`;
      } catch {
        // Not a token of ours: the address answers for it.
      }
    }
    return `address:${request.ip}`;
  };
}

/**
 * Requests a minute per token or address, refused with 429 problem+json and `Retry-After`. `/health`
 * is left out: a load balancer or an operator must see the state of a service that is being flooded.
 */
export async function limitRequestRate(app: NestFastifyApplication, perMinute: number, secret: string | null): Promise<void> {
  if (perMinute === 0) return;
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey(secret),
    allowList: (request: FastifyRequest) => request.routeOptions.url === '/health',
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, 'RATE_LIMITED', `more than ${context.max} requests a minute from this caller; retry after ${context.after}`),
  });
}
