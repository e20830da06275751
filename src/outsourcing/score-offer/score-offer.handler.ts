import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { CallOffers } from '../call-offers.js';
import type { CriterionScore, OfferEvent } from '../domain/events.js';

export interface ScoreOfferRequest {
  readonly member: string;
  readonly external: boolean;
  readonly scores: readonly CriterionScore[];
}

export class ScoreOffer extends Command<WriteResult<OfferEvent>> {
  constructor(
    readonly outsourcingId: string,
    readonly offerId: string,
    readonly request: ScoreOfferRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ScoreOffer)
export class ScoreOfferHandler implements ICommandHandler<ScoreOffer> {
  constructor(@Inject(CallOffers) private readonly offers: CallOffers) {}

  execute({ outsourcingId, offerId, request, context }: ScoreOffer) {
    return this.offers.execute(outsourcingId, (call, now) => ({ type: 'ScoreOffer', data: { call, offerId, ...request, now } }), context);
  }
}
