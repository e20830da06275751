import type { AwardAmended, AwardGranted, AwardWithdrawn } from '../src/outsourcing/domain/events.js';
import type {
  FinancialReportRecorded,
  FollowUpRecorded,
  ModuleRegistered,
  ParticipantRegistered,
  ParticipantRemoved,
  PaymentRecorded,
  RecoveryRecorded,
} from '../src/delivery/domain/events.js';
import { awardYearCounts } from '../src/delivery/domain/delivery-figures.js';
import { toBrusselsDay, yearOf } from '../src/shared/domain/calendar.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

/** An award's delivery and money: what the holder, the adviser and financial supervision follow. */
export interface DeliveryAwardDocument {
  readonly awardId: string;
  readonly outsourcingId: string;
  readonly enterpriseNumber: string;
  readonly awardedOn: string;
  readonly awardYear: number;
  /** The current granted amount, after amendments. */
  readonly grantedCents: number;
  readonly withdrawn: boolean;
  /** The Brussels day of the withdrawal, null while the award stands. */
  readonly withdrawnOn: string | null;
  readonly modules: number;
  readonly subjectsPassedOnLater: readonly string[];
  /** Standing participants across all the award's modules (the incentive subsidy threshold adds them up). */
  readonly participants: number;
  readonly paidCents: number;
  readonly payments: readonly PaymentRecorded['data'][];
  /** Paid back by the holder: net paid is paid minus recovered. */
  readonly recoveredCents: number;
  readonly recoveries: readonly RecoveryRecorded['data'][];
  readonly followUps: readonly FollowUpRecorded['data'][];
  /** The latest report per year. */
  readonly financialReports: readonly FinancialReportRecorded['data'][];
  readonly updatedAt: string;
}

type Handled =
  | AwardGranted
  | AwardAmended
  | AwardWithdrawn
  | ModuleRegistered
  | ParticipantRegistered
  | ParticipantRemoved
  | PaymentRecorded
  | RecoveryRecorded
  | FollowUpRecorded
  | FinancialReportRecorded;

/** A change to an award already granted, stamped with the time of the event. */
const change = <T extends Handled['type']>(
  changes: (document: DeliveryAwardDocument, event: StoredOf<Handled, T>) => Partial<DeliveryAwardDocument>,
) =>
  onExisting<DeliveryAwardDocument, StoredOf<Handled, T>>((document, event) => ({
    ...document,
    ...changes(document, event),
    updatedAt: event.recordedAt,
  }));

export const deliveryAwardsProjection = defineProjection<DeliveryAwardDocument, Handled>({
  name: 'delivery-awards',
  // v3: keeps the year's running totals (awardYearCounts) beside the documents.
  version: 3,
  tally: awardYearCounts,
  documentIds: (event) => [event.data.awardId],
  on: {
    AwardGranted: (_, { data, recordedAt }) => ({
      awardId: data.awardId,
      outsourcingId: data.outsourcingId,
      enterpriseNumber: data.enterpriseNumber,
      awardedOn: data.awardedOn,
      awardYear: yearOf(data.awardedOn),
      grantedCents: data.amountCents,
      withdrawn: false,
      withdrawnOn: null,
      modules: 0,
      subjectsPassedOnLater: [],
      participants: 0,
      paidCents: 0,
      payments: [],
      recoveredCents: 0,
      recoveries: [],
      followUps: [],
      financialReports: [],
      updatedAt: recordedAt,
    }),
    AwardAmended: change((_, { data }) => ({ grantedCents: data.amountCents })),
    AwardWithdrawn: change((_, { data }) => ({ withdrawn: true, withdrawnOn: toBrusselsDay(data.withdrawnOn) })),
    ModuleRegistered: change((document, { data: { subject, subjectPassedOnLater } }) => ({
      modules: document.modules + 1,
      subjectsPassedOnLater:
        subjectPassedOnLater && !document.subjectsPassedOnLater.includes(subject)
          ? [...document.subjectsPassedOnLater, subject]
          : document.subjectsPassedOnLater,
    })),
    ParticipantRegistered: change((document) => ({ participants: document.participants + 1 })),
    ParticipantRemoved: change((document) => ({ participants: document.participants - 1 })),
    PaymentRecorded: change((document, { data }) => ({
      paidCents: document.paidCents + data.amountCents,
      payments: [...document.payments, data],
    })),
    RecoveryRecorded: change((document, { data }) => ({
      recoveredCents: document.recoveredCents + data.amountCents,
      recoveries: [...document.recoveries, data],
    })),
    FollowUpRecorded: change((document, { data }) => ({ followUps: [...document.followUps, data] })),
    FinancialReportRecorded: change((document, { data }) => ({
      financialReports: [...document.financialReports.filter((r) => r.year !== data.year), data].sort((a, b) => a.year - b.year),
    })),
  },
});
