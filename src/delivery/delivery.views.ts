import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Position } from '../shared/event-store/event-store.port.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition } from '../shared/http/written.view.js';
import type { AwardMoney, SubsidyThreshold } from './domain/award-progress.js';
import type { SupervisionRow } from './domain/supervision.js';
import type { FinancialReportRecorded, FollowUpKind, FollowUpRecorded, PaymentRecorded, RecoveryRecorded } from './domain/events.js';
import { PRODUCTS, type Product } from '../outsourcing/domain/events.js';

const UUID = { format: 'uuid', example: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b' } as const;

class SubsidyThresholdView implements SubsidyThreshold {
  @ApiProperty({ example: 40, description: 'the call’s minimum number of participants' }) readonly required!: number;
  @ApiProperty({ example: false }) readonly reached!: boolean;
  @ApiProperty({ example: 12 }) readonly missing!: number;
}

class PaymentView implements Readonly<PaymentRecorded['data']> {
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty(UUID) readonly paymentId!: string;
  @ApiProperty({ example: 2_500_000 }) readonly amountCents!: number;
  @ApiProperty({ example: '2016-10-01' }) readonly paidOn!: string;
}

class RecoveryView implements Readonly<RecoveryRecorded['data']> {
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty(UUID) readonly recoveryId!: string;
  @ApiProperty({ example: 500_000 }) readonly amountCents!: number;
  @ApiProperty({ example: '2017-03-01' }) readonly recoveredOn!: string;
  @ApiProperty({ example: 'fewer participants than reported' }) readonly reason!: string;
}

class FollowUpView implements Readonly<FollowUpRecorded['data']> {
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty(UUID) readonly followUpId!: string;
  @ApiProperty({ enum: enumOf<FollowUpKind>()('lesson-visit', 'course-material-review', 'progress-meeting') }) readonly kind!: FollowUpKind;
  @ApiProperty({ example: '2016-09-20' }) readonly on!: string;
  @ApiProperty({ example: 'trainer well prepared, room too small' }) readonly finding!: string;
  @ApiProperty({ example: 4, description: '1 insufficient .. 5 excellent' }) readonly rating!: number;
}

class FinancialReportView implements Readonly<FinancialReportRecorded['data']> {
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiProperty({ example: 9_000_000 }) readonly costsCents!: number;
  @ApiProperty({ example: 1_000_000 }) readonly revenuesCents!: number;
  @ApiProperty({ example: '2017-02-15' }) readonly reportedOn!: string;
}

/** An award's delivery and money; findings and financial reports are the agency's, not the holder's. */
export class AwardDeliveryView implements AwardMoney {
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty(UUID) readonly outsourcingId!: string;
  @ApiProperty({ example: 'Digitale vaardigheden voor zelfstandigen' }) readonly callTitle!: string;
  @ApiProperty({ enum: PRODUCTS }) readonly product!: Product;
  @ApiProperty({ example: false }) readonly innovative!: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) readonly lot!: number | null;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: '2016-04-01' }) readonly awardedOn!: string;
  @ApiProperty({ example: false }) readonly withdrawn!: boolean;
  @ApiProperty({ type: [String], example: [] }) readonly approvedSubjects!: readonly string[];
  @ApiProperty({ type: [String], example: [] }) readonly subjectsPassedOnLater!: readonly string[];
  @ApiProperty({ example: 2 }) readonly modules!: number;
  @ApiProperty({ example: 28 }) readonly participants!: number;
  @ApiPropertyOptional({ type: SubsidyThresholdView, description: 'incentives only' }) readonly subsidyThreshold?: SubsidyThresholdView;
  @ApiProperty({ example: 10_000_000, description: 'what stands granted: 0 once the award was withdrawn' }) readonly grantedCents!: number;
  @ApiProperty({ example: 2_500_000 }) readonly paidCents!: number;
  @ApiProperty({ example: 0 }) readonly recoveredCents!: number;
  @ApiProperty({ example: 2_500_000, description: 'paid minus recovered' }) readonly netPaidCents!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.25, description: 'net paid / granted; null when nothing stands granted' })
  readonly realisation!: number | null;
  @ApiProperty({ example: false, description: 'net paid above granted: flagged, never hidden' }) readonly paidAboveGranted!: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'once a financial report is in: max(0, net paid + revenues − eligible costs); null before',
  })
  readonly overcompensationCents!: number | null;
  @ApiProperty({ type: [PaymentView] }) readonly payments!: readonly PaymentView[];
  @ApiProperty({ type: [RecoveryView] }) readonly recoveries!: readonly RecoveryView[];
  @ApiProperty({ example: 1 }) readonly followUpCount!: number;
  @ApiPropertyOptional({ type: [FollowUpView], description: 'advisers and inspectors only' }) readonly followUps?: readonly FollowUpView[];
  @ApiPropertyOptional({ type: [FinancialReportView], description: 'advisers and inspectors only; the latest per year' })
  readonly financialReports?: readonly FinancialReportView[];
  @ApiPropertyOptional({ description: 'the instant asked for, when asOf was given', example: '2016-06-30T21:59:59.999Z' })
  readonly asOf?: string;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}

class SatisfactionView {
  @ApiProperty({ example: 20 }) readonly responses!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.85, description: 'share scoring 7 or more; null without responses' })
  readonly satisfiedShare!: number | null;
  @ApiProperty({ type: [Number], description: 'responses per score 0..10', example: [0, 0, 0, 0, 0, 1, 2, 5, 6, 4, 2] })
  readonly distribution!: readonly number[];
}

class ModuleFactsView {
  @ApiProperty(UUID) readonly moduleId!: string;
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty(UUID) readonly outsourcingId!: string;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: 'Boekhouding voor starters' }) readonly title!: string;
  @ApiProperty({ example: 'accounting' }) readonly subject!: string;
  @ApiProperty({ example: 24 }) readonly hours!: number;
  @ApiProperty({ example: '2016-09-05' }) readonly plannedStart!: string;
  @ApiProperty({ example: false }) readonly subjectPassedOnLater!: boolean;
  @ApiProperty({ example: 14, description: 'standing participants' }) readonly participants!: number;
  @ApiProperty({ type: SatisfactionView }) readonly satisfaction!: SatisfactionView;
  @ApiProperty({ example: '2016-09-05T08:00:00.000Z' }) readonly updatedAt!: string;
}

export class ModuleSummaryView extends ModuleFactsView {
  @ApiProperty({ example: 3, description: 'number of sessions' }) readonly sessions!: number;
}

class SessionView {
  @ApiProperty(UUID) readonly sessionId!: string;
  @ApiProperty({ example: '2016-09-05' }) readonly date!: string;
  @ApiProperty({ example: 'Gent' }) readonly place!: string;
  @ApiProperty({ example: 3 }) readonly hours!: number;
}

export class ModuleDetailView extends ModuleFactsView {
  @ApiProperty({ type: [SessionView] }) readonly sessions!: readonly SessionView[];
  @ApiProperty({ example: 1 }) readonly removedParticipants!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { 2016: 14 }, description: 'by training year' })
  readonly participantsByYear!: Readonly<Record<string, number>>;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}

export class ModuleListView {
  @ApiProperty({ type: [ModuleSummaryView] }) readonly items!: readonly ModuleSummaryView[];
  @ApiProperty({ example: 1 }) readonly total!: number;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}

class SupervisionFlagsView {
  @ApiProperty({ example: false }) readonly paidAboveGranted!: boolean;
  @ApiProperty({ example: false }) readonly overcompensation!: boolean;
  @ApiProperty({ example: true }) readonly noFinancialReport!: boolean;
}

class SupervisionRowView implements SupervisionRow {
  @ApiProperty(UUID) readonly awardId!: string;
  @ApiProperty(UUID) readonly outsourcingId!: string;
  @ApiProperty({ example: '0123.456.749' }) readonly enterpriseNumber!: string;
  @ApiProperty({ example: '2016-04-01' }) readonly awardedOn!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) readonly withdrawnOn!: string | null;
  @ApiProperty({ example: 10_000_000 }) readonly grantedCents!: number;
  @ApiProperty({ example: 2_500_000 }) readonly paidCents!: number;
  @ApiProperty({ example: 0 }) readonly recoveredCents!: number;
  @ApiProperty({ example: 2_500_000 }) readonly netPaidCents!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.25 }) readonly realisation!: number | null;
  @ApiProperty({ example: false }) readonly paidAboveGranted!: boolean;
  @ApiProperty({ type: Number, nullable: true, example: null }) readonly overcompensationCents!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'paid per Brussels calendar year',
    example: { 2016: 2_000_000, 2017: 500_000 },
  })
  readonly paidByYear!: Readonly<Record<string, number>>;
  @ApiProperty({ type: SupervisionFlagsView }) readonly flags!: SupervisionFlagsView;
}

class SupervisionCountsView {
  @ApiProperty({ example: 0 }) readonly paidAboveGranted!: number;
  @ApiProperty({ example: 0 }) readonly overcompensation!: number;
  @ApiProperty({ example: 1 }) readonly noFinancialReport!: number;
}

class SupervisionTotalsView {
  @ApiProperty({ example: 1 }) readonly awards!: number;
  @ApiProperty({ example: 10_000_000 }) readonly grantedCents!: number;
  @ApiProperty({ example: 2_500_000 }) readonly paidCents!: number;
  @ApiProperty({ example: 0 }) readonly recoveredCents!: number;
  @ApiProperty({ example: 2_500_000 }) readonly netPaidCents!: number;
  @ApiProperty({ example: 0 }) readonly overcompensationCents!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.25, description: 'net paid / granted; null when nothing stands granted' })
  readonly realisation!: number | null;
  @ApiProperty({ type: SupervisionCountsView, description: 'how many awards carry each flag' }) readonly flagged!: SupervisionCountsView;
}

/** The money of a year's awards for financial supervision, award by award and in total. */
export class SupervisionView {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiPropertyOptional({ description: 'the instant asked for, when asOf was given', example: '2017-06-30T21:59:59.999Z' })
  readonly asOf?: string;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
  @ApiProperty({ type: [SupervisionRowView] }) readonly awards!: readonly SupervisionRowView[];
  @ApiProperty({ type: SupervisionTotalsView }) readonly totals!: SupervisionTotalsView;
}
