import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../../indicators/indicators.queries.js';
import { MANDATE_QUERIES, type MandateQueries } from '../../mandates/mandates.queries.js';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { brusselsDay, yearOf } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import type { JuryReport } from '../domain/events.js';
import { type OutsourcingEvent, outsourcingStream } from '../domain/events.js';
import { findAward } from '../domain/outsourcing.js';
import { outsourcingAggregate } from '../domain/outsourcing.aggregate.js';
import { CallOffers } from '../call-offers.js';
import { awardTermsFromOffer } from '../domain/offer-award.js';

/** Jury members scoring while the award is given: the ranking is redone this many times at most. */
const RANKING_RETRIES = 5;

/** A direct award names holder, amount and jury report; an award from an offer names the offer and takes them from it. */
export type AwardOutsourcingRequest = DirectAwardRequest | OfferAwardRequest;

interface AwardFacts {
  /** The Brussels day of the award; today by default. */
  readonly awardedOn?: string;
  /** The timestamp sent, when one was sent. */
  readonly awardedAt?: string;
  readonly approvedSubjects?: string[];
}

export interface OfferAwardRequest extends AwardFacts {
  readonly offerId: string;
  /** Required when the offer is not ranked first on its lot (or tied first). */
  readonly motivation?: string;
}

interface DirectAwardRequest extends AwardFacts {
  readonly offerId?: undefined;
  readonly lot?: number;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  /** The Brussels day of the award; today by default. */
  readonly awardedOn?: string;
  /** The timestamp sent, when one was sent. */
  readonly awardedAt?: string;
  readonly juryReport: JuryReport;
}

export class AwardOutsourcing extends Command<WriteResult<OutsourcingEvent> & { awardId: string }> {
  constructor(
    readonly outsourcingId: string,
    readonly request: AwardOutsourcingRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Asks the mandates context whether the holder's mandate is active on the award date and the indicators
 * context whether that year is closed (holding the year's gate, so a close cannot slip in between), then
 * lets the outsourcing decide.
 */
@CommandHandler(AwardOutsourcing)
export class AwardOutsourcingHandler implements ICommandHandler<AwardOutsourcing> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CallOffers) private readonly offers: CallOffers,
  ) {}

  async execute({ outsourcingId, request, context }: AwardOutsourcing) {
    // Derived from the Idempotency-Key when one is sent: a retry after a lost answer names the same award.
    const awardId = mintId(context, 'award');
    const replayed = await this.awardedBefore(outsourcingId, awardId, context);
    if (replayed) return replayed;
    const today = brusselsDay(this.clock.now());
    const awardedOn = request.awardedOn ?? today;
    const year = yearOf(awardedOn);
    const result = await this.indicators.whileYearsHeld([year], async () => {
      for (let attempt = 1; ; attempt += 1) {
        const { terms, rankedAt } = await this.termsOf(outsourcingId, request);
        const data = {
          outsourcingId,
          awardId,
          ...terms,
          awardedOn,
          ...(request.awardedAt ? { awardedAt: request.awardedAt } : {}),
          approvedSubjects: request.approvedSubjects ?? [],
          holderActiveOnAwardDate: await this.mandates.isActiveOn(terms.enterpriseNumber, awardedOn),
          calendar: { today, closedYears: await this.indicators.closedYears(year, year) },
          now: this.clock.now().toISOString(),
        };
        if (rankedAt !== undefined && attempt < RANKING_RETRIES && (await this.offers.revision(outsourcingId)) !== rankedAt) continue;
        return this.repository.execute(outsourcingStream(outsourcingId), outsourcingAggregate, { type: 'AwardOutsourcing', data }, context);
      }
    });
    return { ...result, awardId };
  }

  /**
   * From an offer: holder, lot and amount are the offer's, and the jury's scores make the report.
   * The ranking is read from the offers stream, the award appended to the call's: a score recorded in
   * between would be missing from the award's jury report, or would have changed who is first. So the
   * award goes ahead only if the offers stream still stands where the ranking was read (`rankedAt`), and
   * ranks again otherwise. A score in the last instant before the append is refused once the award
   * stands (LOT_ALREADY_AWARDED), and the award's jury report keeps the scores it was decided on.
   */
  private async termsOf(outsourcingId: string, request: AwardOutsourcingRequest) {
    if (request.offerId === undefined) {
      const { lot, enterpriseNumber, amountCents, juryReport } = request;
      const terms = { lot: lot ?? null, enterpriseNumber, amountCents, juryReport: { ...juryReport, scores: juryReport.scores ?? [] } };
      return { terms, rankedAt: undefined };
    }
    const { call, offers, revision, now } = await this.offers.load(outsourcingId);
    const terms = awardTermsFromOffer(call, offers, { offerId: request.offerId, motivation: request.motivation ?? null, now });
    return { terms, rankedAt: revision };
  }

  /** A keyed retry whose first attempt was appended (its answer lost in a crash) answers that award and appends nothing. */
  private async awardedBefore(outsourcingId: string, awardId: string, context: CommandContext) {
    if (!context.idempotencyKey) return null;
    const { state, revision } = await this.repository.load(outsourcingStream(outsourcingId), outsourcingAggregate);
    return findAward(state, awardId) && revision !== null ? { events: [], revision, position: null, awardId } : null;
  }
}
