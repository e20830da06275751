import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, type Observable, switchMap } from 'rxjs';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { HttpProblem, RequestValidationError } from '../shared/http/problem.js';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';

const WAIT_MS = 5000;

/** `?consistentWith=<position>` on a read waits until the read models have applied that write. */
@Injectable()
export class ConsistentReadInterceptor implements NestInterceptor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest<{ Querystring: Record<string, string | undefined> }>>();
    const token = request.method === 'GET' ? request.query?.consistentWith : undefined;
    if (token === undefined) return next.handle();
    const target = this.store.parsePosition(token);
    if (target === null)
      throw new RequestValidationError([{ path: 'consistentWith', message: 'consistentWith must be a position this service returned' }]);
    return from(this.runner.waitFor(target, WAIT_MS)).pipe(
      switchMap((reached) => {
        if (!reached)
          throw new HttpProblem(503, 'READ_MODEL_BEHIND', `the read models have not reached position ${token} within ${WAIT_MS} ms; retry`);
        return next.handle();
      }),
    );
  }
}
