import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AwardDocument } from '../../projections/outsourcings.projection.js';
import { OUTSOURCING_STATUSES, type OutsourcingStatus } from './domain/outsourcing.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition, Written } from '../shared/http/written.view.js';
import type {
  AwardCriterion,
  CriterionScore,
  InnovationKind,
  JuryMember,
  JuryReport,
  Lot,
  OpenOfferVariant,
  Product,
} from './domain/events.js';
import { PRODUCTS } from './domain/events.js';

class AwardCriterionView implements AwardCriterion {
  @ApiProperty({ example: 'quality' }) readonly name!: string;
  @ApiProperty({ example: 60 }) readonly weight!: number;
}

class LotView implements Lot {
  @ApiProperty({ example: 1 }) readonly number!: number;
  @ApiProperty({ example: 'Perceel 1' }) readonly title!: string;
  @ApiProperty({ example: 10_000_000 }) readonly budgetCents!: number;
}

class JuryMemberView implements JuryMember {
  @ApiProperty({ example: 'Jan Jury' }) readonly name!: string;
  @ApiProperty({ example: true }) readonly external!: boolean;
}

class CriterionScoreView implements CriterionScore {
  @ApiProperty({ example: 'quality' }) readonly criterion!: string;
  @ApiProperty({ example: 8 }) readonly score!: number;
}

class JuryReportView implements JuryReport {
  @ApiProperty({ example: 'Best value for the target group' }) readonly motivation!: string;
  @ApiProperty({ type: [JuryMemberView] }) readonly members!: readonly JuryMemberView[];
  @ApiProperty({ type: [CriterionScoreView] }) readonly scores!: readonly CriterionScoreView[];
}

class AmendmentView {
  @ApiProperty({ example: 9_000_000 }) readonly amountCents!: number;
  @ApiProperty({ example: 10_000_000 }) readonly previousAmountCents!: number;
  @ApiProperty({ example: 'one module dropped' }) readonly reason!: string;
  @ApiProperty({ example: '2016-09-01' }) readonly amendedOn!: string;
}

class WithdrawalView {
  @ApiProperty({ example: 'the holder gave up the lot' }) readonly reason!: string;
  @ApiProperty({ example: '2016-05-02' }) readonly withdrawnOn!: string;
}

class StatusChangeView {
  @ApiProperty({ example: 'no valid offer' }) readonly reason!: string;
  @ApiProperty({ example: '2016-06-30' }) readonly on!: string;
}

export class OutsourcingAwardView implements AwardDocument {
  @ApiProperty({ format: 'uuid' }) readonly awardId!: string;
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'tenders: the lot; else null' }) readonly lot!: number | null;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Syntra Test' }) readonly holderName!: string | null;
  @ApiProperty({ example: 10_000_000, description: 'current amount, after amendments' }) readonly amountCents!: number;
  @ApiProperty({ example: 10_000_000 }) readonly originalAmountCents!: number;
  @ApiProperty({ example: '2016-04-01' }) readonly awardedOn!: string;
  @ApiProperty({ example: 2016 }) readonly awardYear!: number;
  @ApiProperty({ type: [String], example: [] }) readonly approvedSubjects!: readonly string[];
  @ApiProperty({ type: JuryReportView }) readonly juryReport!: unknown;
  @ApiProperty({ type: [AmendmentView] }) readonly amendments!: readonly AmendmentView[];
  @ApiProperty({ type: WithdrawalView, nullable: true }) readonly withdrawn!: WithdrawalView | null;
}

class TemplateRefView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 2 }) readonly version!: number;
}

/** A call as the outsourcings projection keeps it; a mandate holder sees only its own awards and no grantedCents. */
export class OutsourcingView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: PRODUCTS, example: 'tender' }) readonly product!: Product;
  @ApiProperty({ example: 'Digitale vaardigheden voor zelfstandigen' }) readonly title!: string;
  @ApiProperty({ example: '2016-02-01' }) readonly launchedOn!: string;
  @ApiProperty({ example: 'BDA-2016-000123' }) readonly publicationRef!: string;
  @ApiProperty({ example: 'Ann Peeters' }) readonly contactAdviser!: string;
  @ApiProperty({ example: true }) readonly innovative!: boolean;
  @ApiProperty({ enum: enumOf<InnovationKind>()('product', 'process', 'organisational', 'hr', 'social'), isArray: true })
  readonly innovationKinds!: readonly InnovationKind[];
  @ApiProperty({ type: [String], example: ['starters of foreign origin'] }) readonly targetGroups!: readonly string[];
  @ApiProperty({ type: [AwardCriterionView] }) readonly awardCriteria!: readonly AwardCriterionView[];
  @ApiProperty({ example: 30_000_000, description: 'for a tender, the sum of its lots' }) readonly budgetCents!: number;
  @ApiProperty({ type: [LotView], description: 'tenders only, else empty' }) readonly lots!: readonly LotView[];
  @ApiProperty({ type: Number, nullable: true, description: 'incentives only' }) readonly maxAwardees!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'incentives only' }) readonly minParticipants!: number | null;
  @ApiProperty({ enum: enumOf<OpenOfferVariant>()('generic', 'sectoral'), nullable: true, description: 'open offers only' })
  readonly variant!: OpenOfferVariant | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'open offers only: a half-year like 2016-H1' })
  readonly round!: string | null;
  @ApiPropertyOptional({ example: '2016-03-01', description: 'offers are due by this Brussels day; absent when the call takes none' })
  readonly offersDueOn?: string;
  @ApiPropertyOptional({ example: '2016-03-01T22:59:59.999Z', description: 'the deadline as an instant (UTC)' })
  readonly offersDueAt?: string;
  @ApiPropertyOptional({ type: TemplateRefView, description: 'the template and version the call was written from, when it was' })
  readonly template?: TemplateRefView;
  @ApiProperty({ example: 2016, description: 'launch year (Brussels)' }) readonly year!: number;
  @ApiProperty({ enum: OUTSOURCING_STATUSES, example: 'launched' }) readonly status!: OutsourcingStatus;
  @ApiProperty({ type: StatusChangeView, nullable: true }) readonly statusChange!: StatusChangeView | null;
  @ApiProperty({ type: [OutsourcingAwardView] }) readonly awards!: readonly OutsourcingAwardView[];
  @ApiPropertyOptional({ example: 10_000_000, description: 'awards not withdrawn; not shown to a mandate holder' })
  readonly grantedCents?: number;
  @ApiProperty({ example: '2016-04-01T08:00:00.000Z' }) readonly updatedAt!: string;
  @ApiPropertyOptional({ description: 'the instant asked for, when asOf was given', example: '2016-06-30T21:59:59.999Z' })
  readonly asOf?: string;
}

export class OutsourcingListView {
  @ApiProperty({ type: [OutsourcingView] }) readonly items!: readonly OutsourcingView[];
  @ApiProperty({ example: 1 }) readonly total!: number;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}

export class OutsourcingLaunchedView extends Written {
  @ApiProperty({ format: 'uuid', description: 'the new outsourcing (also in Location)' }) readonly id!: string;
}

export class OutsourcingWrittenView extends Written {
  @ApiProperty({ format: 'uuid' }) readonly outsourcingId!: string;
}

export class AwardWrittenView extends OutsourcingWrittenView {
  @ApiProperty({ format: 'uuid' }) readonly awardId!: string;
}
