import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { CallOffers } from '../call-offers.js';
import type { OfferEvent } from '../domain/events.js';

export class WithdrawOffer extends Command<WriteResult<OfferEvent>> {
  constructor(
    readonly outsourcingId: string,
    readonly offerId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Only the holder that made the offer withdraws it: for any other caller it does not exist. */
@CommandHandler(WithdrawOffer)
export class WithdrawOfferHandler implements ICommandHandler<WithdrawOffer> {
  constructor(@Inject(CallOffers) private readonly offers: CallOffers) {}

  execute({ outsourcingId, offerId, context }: WithdrawOffer) {
    const enterpriseNumber = context.principal.org ?? '';
    return this.offers.execute(
      outsourcingId,
      (call, now) => ({ type: 'WithdrawOffer', data: { call, offerId, enterpriseNumber, now } }),
      context,
    );
  }
}
