import { ApiProperty } from '@nestjs/swagger';
import { Written } from '../shared/http/written.view.js';
import { OFFER_STATUSES, type OfferStatus } from './domain/offers.js';

export class OfferWrittenView extends Written {
  @ApiProperty({ format: 'uuid' }) readonly outsourcingId!: string;
  @ApiProperty({ format: 'uuid' }) readonly offerId!: string;
}

class OfferAnswerView {
  @ApiProperty({ example: 'quality' }) readonly criterion!: string;
  @ApiProperty({ example: 'Twaalf workshops met individuele coaching' }) readonly text!: string;
}

export class OfferView {
  @ApiProperty({ format: 'uuid' }) readonly offerId!: string;
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'tenders: the lot; else null' }) readonly lot!: number | null;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: 9_000_000 }) readonly amountCents!: number;
  @ApiProperty({ type: [OfferAnswerView] }) readonly answers!: readonly OfferAnswerView[];
  @ApiProperty({ example: '2016-02-20T10:00:00.000Z' }) readonly submittedAt!: string;
  @ApiProperty({ example: false, description: 'above the lot’s (or the call’s) budget: flagged, not refused' })
  readonly overBudget!: boolean;
  @ApiProperty({ enum: OFFER_STATUSES, example: 'standing' }) readonly status!: OfferStatus;
}

export class OfferListView {
  @ApiProperty({ example: true, description: 'true until the deadline: nobody but the holder itself reads an offer before it' })
  readonly sealed!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2016-03-01T22:59:59.999Z',
    description: 'the deadline; null for a call that takes no offers',
  })
  readonly offersDueAt!: string | null;
  @ApiProperty({ example: 2, description: 'offers standing (not replaced nor withdrawn)' }) readonly count!: number;
  @ApiProperty({
    type: [OfferView],
    description: 'a holder: its own, always; advisers, inspectors and management: all, after the deadline',
  })
  readonly items!: readonly OfferView[];
}

class CriterionMeanView {
  @ApiProperty({ example: 'quality' }) readonly criterion!: string;
  @ApiProperty({ example: 60 }) readonly weight!: number;
  @ApiProperty({ example: 8.5, description: 'the mean of the members’ scores, 0 to 10' }) readonly mean!: number;
}

class JuryMemberScoredView {
  @ApiProperty({ example: 'Jan Claes' }) readonly member!: string;
  @ApiProperty({ example: true }) readonly external!: boolean;
}

class RankedOfferView {
  @ApiProperty({ format: 'uuid' }) readonly offerId!: string;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: 9_000_000 }) readonly amountCents!: number;
  @ApiProperty({ example: false }) readonly overBudget!: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 82.5, description: 'weighted score on 100; null while unscored' })
  readonly score!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) readonly rank!: number | null;
  @ApiProperty({ example: false, description: 'another offer on the lot has the same score' }) readonly tied!: boolean;
  @ApiProperty({ type: [CriterionMeanView] }) readonly criteria!: readonly CriterionMeanView[];
  @ApiProperty({ type: [JuryMemberScoredView] }) readonly members!: readonly JuryMemberScoredView[];
}

class LotRankingView {
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'tenders: the lot; else null' }) readonly lot!: number | null;
  @ApiProperty({ type: [RankedOfferView] }) readonly offers!: readonly RankedOfferView[];
}

export class RankingView {
  @ApiProperty({ format: 'uuid' }) readonly outsourcingId!: string;
  @ApiProperty({ type: [LotRankingView] }) readonly lots!: readonly LotRankingView[];
}
