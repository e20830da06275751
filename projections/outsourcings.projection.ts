import type { OutsourcingEvent, OutsourcingLaunched } from '../src/outsourcing/domain/events.js';
import type { OutsourcingStatus } from '../src/outsourcing/domain/outsourcing.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import { dataOf, type Projection } from './projection.js';

export interface AwardDocument {
  readonly awardId: string;
  readonly lot: number | null;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  readonly originalAmountCents: number;
  readonly awardedOn: string;
  readonly awardYear: number;
  readonly approvedSubjects: readonly string[];
  readonly juryReport: unknown;
  readonly amendments: readonly {
    readonly amountCents: number;
    readonly previousAmountCents: number;
    readonly reason: string;
    readonly amendedOn: string;
  }[];
  readonly withdrawn: { readonly reason: string; readonly withdrawnOn: string } | null;
}

export type OutsourcingDocument = OutsourcingLaunched['data'] & {
  readonly year: number;
  readonly status: OutsourcingStatus;
  readonly statusChange: { readonly reason: string; readonly on: string } | null;
  readonly awards: readonly AwardDocument[];
  /** Sum of current amounts of awards not withdrawn. */
  readonly grantedCents: number;
  readonly updatedAt: string;
};

const STATUS_OF = { OutsourcingDeclaredNotGranted: 'not-granted', OutsourcingCancelled: 'cancelled', OutsourcingClosed: 'closed' } as const;

/** One document per call, with its lots and awards: the list, the detail and the yearly indicators read it. */
export const outsourcingsProjection: Projection<OutsourcingDocument> = {
  name: 'outsourcings',
  version: 1,
  handles: [
    'OutsourcingLaunched',
    'AwardGranted',
    'AwardAmended',
    'AwardWithdrawn',
    'OutsourcingDeclaredNotGranted',
    'OutsourcingCancelled',
    'OutsourcingClosed',
  ],
  documentIds: (event) => [dataOf<{ outsourcingId: string }>(event).outsourcingId],
  evolve(document, stored) {
    const event = { type: stored.type, data: stored.data } as OutsourcingEvent;
    if (event.type === 'OutsourcingLaunched') {
      return {
        ...event.data,
        year: yearOf(event.data.launchedOn),
        status: 'launched',
        statusChange: null,
        awards: [],
        grantedCents: 0,
        updatedAt: stored.recordedAt,
      };
    }
    if (document === null) return null;
    const next = (changes: Partial<OutsourcingDocument>): OutsourcingDocument => {
      const merged = { ...document, ...changes, updatedAt: stored.recordedAt };
      return { ...merged, grantedCents: merged.awards.filter((a) => a.withdrawn === null).reduce((sum, a) => sum + a.amountCents, 0) };
    };
    const updateAward = (awardId: string, change: (award: AwardDocument) => AwardDocument) =>
      next({ awards: document.awards.map((a) => (a.awardId === awardId ? change(a) : a)) });
    switch (event.type) {
      case 'AwardGranted': {
        const { awardId, lot, enterpriseNumber, amountCents, awardedOn, juryReport, approvedSubjects } = event.data;
        const award: AwardDocument = {
          awardId,
          lot,
          enterpriseNumber,
          amountCents,
          originalAmountCents: amountCents,
          awardedOn,
          awardYear: yearOf(awardedOn),
          approvedSubjects,
          juryReport,
          amendments: [],
          withdrawn: null,
        };
        return next({ awards: [...document.awards, award] });
      }
      case 'AwardAmended': {
        const { amountCents, previousAmountCents, reason, amendedOn } = event.data;
        return updateAward(event.data.awardId, (a) => ({
          ...a,
          amountCents,
          amendments: [...a.amendments, { amountCents, previousAmountCents, reason, amendedOn }],
        }));
      }
      case 'AwardWithdrawn':
        return updateAward(event.data.awardId, (a) => ({
          ...a,
          withdrawn: { reason: event.data.reason, withdrawnOn: event.data.withdrawnOn },
        }));
      case 'OutsourcingDeclaredNotGranted':
        return next({ status: STATUS_OF[event.type], statusChange: { reason: event.data.reason, on: event.data.declaredOn } });
      case 'OutsourcingCancelled':
        return next({ status: STATUS_OF[event.type], statusChange: { reason: event.data.reason, on: event.data.cancelledOn } });
      case 'OutsourcingClosed':
        return next({ status: STATUS_OF[event.type], statusChange: { reason: event.data.reason, on: event.data.closedOn } });
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
};
