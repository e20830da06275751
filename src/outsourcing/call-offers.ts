import { Inject, Injectable } from '@nestjs/common';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import { notFound } from '../shared/domain/domain-error.js';
import { CLOCK, type Clock } from '../shared/time/clock.js';
import { offersAggregate } from './domain/decide-offers.js';
import { offersStream, outsourcingStream } from './domain/events.js';
import type { OfferCall, OfferCommand } from './domain/offer-commands.js';
import type { OffersState } from './domain/offers.js';
import { type ExistingOutsourcing, activeAwards } from './domain/outsourcing.js';
import { outsourcingAggregate } from './domain/outsourcing.aggregate.js';
import type { CommandContext } from '../shared/application/command-context.js';

export interface CallWithOffers {
  readonly terms: ExistingOutsourcing;
  readonly call: OfferCall;
  readonly offers: OffersState;
  /** The offers stream's revision they were read at (null before the first offer). */
  readonly revision: number | null;
  /** ISO instant in UTC, comparable with offersDueAt as text. */
  readonly now: string;
}

/**
 * A call's terms and its offers, read from their streams (never from a read model): whether the offers
 * are still sealed is decided on what the log holds now. Shared by the offer use cases.
 */
@Injectable()
export class CallOffers {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): string {
    return this.clock.now().toISOString();
  }

  async call(outsourcingId: string): Promise<{ terms: ExistingOutsourcing; call: OfferCall }> {
    const { state } = await this.repository.load(outsourcingStream(outsourcingId), outsourcingAggregate);
    if (state.status === 'none') throw notFound('OUTSOURCING_NOT_FOUND', `no outsourcing ${outsourcingId} was launched`);
    const { product, awardCriteria, lots, budgetCents, status, offersDueAt } = state;
    const awardedLots = activeAwards(state).map((award) => award.lot);
    return {
      terms: state,
      call: { outsourcingId, product, awardCriteria, lots, budgetCents, status, offersDueAt: offersDueAt ?? null, awardedLots },
    };
  }

  async load(outsourcingId: string): Promise<CallWithOffers> {
    const { terms, call } = await this.call(outsourcingId);
    const { state, revision } = await this.repository.load(offersStream(outsourcingId), offersAggregate);
    return { terms, call, offers: state, revision, now: this.now() };
  }

  /** Where the offers stream stands now: a decision read at another revision was made on other scores. */
  async revision(outsourcingId: string): Promise<number | null> {
    return (await this.repository.load(offersStream(outsourcingId), offersAggregate)).revision;
  }

  /** Decides on the offers stream with the call's terms as the command needs them. */
  async execute(outsourcingId: string, command: (call: OfferCall, now: string) => OfferCommand, context: CommandContext) {
    const { call } = await this.call(outsourcingId);
    return this.repository.execute(offersStream(outsourcingId), offersAggregate, command(call, this.now()), context);
  }
}
