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
import { toBrusselsDay, yearOf } from '../src/shared/domain/calendar.js';
import type { Projection } from './projection.js';

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

export const deliveryAwardsProjection: Projection<DeliveryAwardDocument> = {
  name: 'delivery-awards',
  version: 2,
  handles: [
    'AwardGranted',
    'AwardAmended',
    'AwardWithdrawn',
    'ModuleRegistered',
    'ParticipantRegistered',
    'ParticipantRemoved',
    'PaymentRecorded',
    'RecoveryRecorded',
    'FollowUpRecorded',
    'FinancialReportRecorded',
  ],
  documentIds: (event) => [(event.data as { awardId: string }).awardId],
  evolve(document, stored) {
    const event = { type: stored.type, data: stored.data } as unknown as Handled;
    if (event.type === 'AwardGranted') {
      const { awardId, outsourcingId, enterpriseNumber, awardedOn, amountCents } = event.data;
      return {
        awardId,
        outsourcingId,
        enterpriseNumber,
        awardedOn,
        awardYear: yearOf(awardedOn),
        grantedCents: amountCents,
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
        updatedAt: stored.recordedAt,
      };
    }
    if (document === null) return null;
    const next = (changes: Partial<DeliveryAwardDocument>): DeliveryAwardDocument => ({
      ...document,
      ...changes,
      updatedAt: stored.recordedAt,
    });
    switch (event.type) {
      case 'AwardAmended':
        return next({ grantedCents: event.data.amountCents });
      case 'AwardWithdrawn':
        return next({ withdrawn: true, withdrawnOn: toBrusselsDay(event.data.withdrawnOn) });
      case 'ModuleRegistered': {
        const { subject, subjectPassedOnLater } = event.data;
        const passedOn =
          subjectPassedOnLater && !document.subjectsPassedOnLater.includes(subject)
            ? [...document.subjectsPassedOnLater, subject]
            : document.subjectsPassedOnLater;
        return next({ modules: document.modules + 1, subjectsPassedOnLater: passedOn });
      }
      case 'ParticipantRegistered':
        return next({ participants: document.participants + 1 });
      case 'ParticipantRemoved':
        return next({ participants: document.participants - 1 });
      case 'PaymentRecorded':
        return next({ paidCents: document.paidCents + event.data.amountCents, payments: [...document.payments, event.data] });
      case 'RecoveryRecorded':
        return next({
          recoveredCents: document.recoveredCents + event.data.amountCents,
          recoveries: [...document.recoveries, event.data],
        });
      case 'FollowUpRecorded':
        return next({ followUps: [...document.followUps, event.data] });
      case 'FinancialReportRecorded':
        return next({
          financialReports: [...document.financialReports.filter((r) => r.year !== event.data.year), event.data].sort(
            (a, b) => a.year - b.year,
          ),
        });
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
};
