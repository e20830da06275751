import { Inject, Injectable } from '@nestjs/common';
import type { OutsourcingDocument } from '../../../projections/outsourcings.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import { ProjectionRunner } from '../../projection-runner/projection-runner.js';
import { KeyedGate } from '../../shared/application/keyed-gate.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { HttpProblem } from '../../shared/http/problem.js';
import type { RoundCall } from '../domain/commands.js';

const CATCH_UP_MS = 5000;

/**
 * The other open offers of a round and variant, for ROUND_ALREADY_LAUNCHED. Launches of one round pass
 * one at a time, and each reads the read model once it has caught up with the log: two launches of the
 * same round in this process cannot both pass. Several instances could (see README).
 */
@Injectable()
export class OpenOfferRounds {
  private readonly gate = new KeyedGate();

  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  async whileRoundHeld<T>(
    call: { readonly outsourcingId: string; readonly round: string | null; readonly variant: string | null },
    launch: (sameRound: readonly RoundCall[]) => Promise<T>,
  ): Promise<T> {
    const { outsourcingId, round, variant } = call;
    if (round === null || variant === null) return launch([]);
    return this.gate.exclusive(`${round}:${variant}`, async () => {
      const head = await this.store.headPosition();
      if (head !== null && !(await this.runner.waitFor(head, CATCH_UP_MS))) {
        throw new HttpProblem(503, 'READ_MODEL_BEHIND', `the read models have not caught up with the log within ${CATCH_UP_MS} ms; retry`);
      }
      const calls = await this.readModels.find<OutsourcingDocument>('outsourcings', { product: 'open-offer', round, variant });
      // A retry of this very launch finds itself: that is not an earlier call.
      return launch(
        calls.filter((c) => c.outsourcingId !== outsourcingId).map((c) => ({ outsourcingId: c.outsourcingId, status: c.status })),
      );
    });
  }
}
