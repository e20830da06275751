import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { HttpProblem, RequestValidationError } from './problem.js';
import { hashRequest, idempotencyKeyOf, idempotencyScope } from './idempotency-scope.js';
import { IDEMPOTENCY_STORE, type IdempotencyStore } from './idempotency.store.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * `Idempotency-Key` on a write: a retry returns the first answer and appends nothing; the same key
 * with another request is a 422. Keys are scoped per caller. Concurrent retries of one key wait for
 * the first to finish instead of racing it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = idempotencyKeyOf(request);
    if (!WRITE_METHODS.has(request.method) || key === undefined || !request.principal) return next.handle();
    if (!key) {
      throw new RequestValidationError([{ path: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' }]);
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const scope = idempotencyScope(request.principal);
    const slot = `${scope}\u0000${key}`;
    const run = async (): Promise<unknown> => {
      await this.inFlight.get(slot)?.catch(() => undefined);
      const requestHash = hashRequest(request);
      const first = await this.store.find(scope, key);
      if (first) {
        if (first.requestHash !== requestHash) {
          throw new HttpProblem(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with another request');
        }
        if (first.etag) void reply.header('etag', first.etag);
        if (first.location) void reply.header('location', first.location);
        void reply.header('idempotent-replayed', 'true');
        return first.body;
      }
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const header = (name: string) => (typeof reply.getHeader(name) === 'string' ? (reply.getHeader(name) as string) : null);
      await this.store.save(scope, key, {
        requestHash,
        status: reply.statusCode,
        etag: header('etag'),
        location: header('location'),
        body,
      });
      return body;
    };
    const pending = run();
    this.inFlight.set(slot, pending);
    void pending.finally(() => this.inFlight.get(slot) === pending && this.inFlight.delete(slot)).catch(() => undefined);
    return from(pending);
  }
}
