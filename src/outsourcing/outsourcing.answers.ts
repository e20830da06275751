import { Inject, Injectable } from '@nestjs/common';
import type { AwardDocument, OutsourcingDocument } from '../../projections/outsourcings.projection.js';
import { ReadModels } from '../platform/read-models.js';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import { callYearFigures } from './domain/call-year-counts.js';
import { outsourcingStream } from './domain/events.js';
import { findAward } from './domain/outsourcing.js';
import { outsourcingAggregate } from './domain/outsourcing.aggregate.js';
import type { AwardFacts, CallYearFigures, OutsourcingQueries } from './outsourcing.queries.js';

/** The outsourcing context's answers to the questions it publishes in outsourcing.queries.ts. */
@Injectable()
export class OutsourcingAnswers implements OutsourcingQueries {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
  ) {}

  async award(outsourcingId: string, awardId: string, asOf: string | null = null): Promise<AwardFacts | null> {
    const call = await this.readModels.getAsOf<OutsourcingDocument>('outsourcings', outsourcingId, asOf);
    const award = call?.awards.find((a) => a.awardId === awardId);
    return call && award ? awardFactsOf(call, award) : null;
  }

  async isWithdrawn(outsourcingId: string, awardId: string): Promise<boolean> {
    const { state } = await this.repository.load(outsourcingStream(outsourcingId), outsourcingAggregate);
    return findAward(state, awardId)?.withdrawn ?? true;
  }

  async withdrawnOn(outsourcingId: string, awardId: string): Promise<string | null> {
    // The call's state as folded so far (cached, checked against the stream's revision), not a read of its whole stream.
    const { state } = await this.repository.load(outsourcingStream(outsourcingId), outsourcingAggregate);
    const award = findAward(state, awardId);
    return award ? award.withdrawnOn : '0000-01-01';
  }

  async yearFigures(year: number, asOf: string | null): Promise<CallYearFigures> {
    // The year's running totals: one document, however many calls the history holds.
    return callYearFigures(await this.readModels.totals('outsourcings', String(year), asOf));
  }
}

export function awardFactsOf(call: OutsourcingDocument, award: AwardDocument): AwardFacts {
  return {
    awardId: award.awardId,
    outsourcingId: call.outsourcingId,
    callTitle: call.title,
    product: call.product,
    innovative: call.innovative,
    minParticipants: call.minParticipants,
    lot: award.lot,
    enterpriseNumber: award.enterpriseNumber,
    amountCents: award.amountCents,
    awardedOn: award.awardedOn,
    approvedSubjects: award.approvedSubjects,
    withdrawnOn: award.withdrawn?.withdrawnOn ?? null,
  };
}
