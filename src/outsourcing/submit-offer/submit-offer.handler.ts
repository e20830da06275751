import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MANDATE_QUERIES, type MandateQueries } from '../../mandates/mandates.queries.js';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CallOffers } from '../call-offers.js';
import type { OfferAnswer, OfferEvent } from '../domain/events.js';

export interface SubmitOfferRequest {
  readonly lot?: number;
  readonly amountCents: number;
  readonly answers: readonly OfferAnswer[];
}

export class SubmitOffer extends Command<WriteResult<OfferEvent> & { offerId: string }> {
  constructor(
    readonly outsourcingId: string,
    readonly request: SubmitOfferRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The holder is the caller's organisation; the mandates context says whether its mandate is active today. */
@CommandHandler(SubmitOffer)
export class SubmitOfferHandler implements ICommandHandler<SubmitOffer> {
  constructor(
    @Inject(CallOffers) private readonly offers: CallOffers,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
  ) {}

  async execute({ outsourcingId, request, context }: SubmitOffer) {
    // Derived from the Idempotency-Key when one is sent: a retry after a lost answer names the same offer.
    const offerId = mintId(context, 'offer');
    const enterpriseNumber = context.principal.org ?? '';
    const now = this.offers.now();
    const holderActive = enterpriseNumber !== '' && (await this.mandates.isActiveOn(enterpriseNumber, brusselsDay(new Date(now))));
    const result = await this.offers.execute(
      outsourcingId,
      (call) => ({
        type: 'SubmitOffer',
        data: {
          call,
          offerId,
          lot: request.lot ?? null,
          enterpriseNumber,
          amountCents: request.amountCents,
          answers: request.answers,
          now,
          holderActive,
        },
      }),
      context,
    );
    return { ...result, offerId };
  }
}
