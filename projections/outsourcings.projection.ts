import type { OutsourcingEvent, OutsourcingLaunched } from '../src/outsourcing/domain/events.js';
import { callYearCounts } from '../src/outsourcing/domain/call-year-counts.js';
import type { OutsourcingStatus } from '../src/outsourcing/domain/outsourcing.js';
import { yearOf } from '../src/shared/domain/calendar.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

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

type Changed<T extends OutsourcingEvent['type']> = StoredOf<OutsourcingEvent, T>;

/** A change to a call already launched; the granted total is recomputed from its standing awards. */
const change = <T extends OutsourcingEvent['type']>(
  changes: (document: OutsourcingDocument, event: Changed<T>) => Partial<OutsourcingDocument>,
) =>
  onExisting<OutsourcingDocument, Changed<T>>((document, event) => {
    const merged = { ...document, ...changes(document, event), updatedAt: event.recordedAt };
    return { ...merged, grantedCents: merged.awards.filter((a) => a.withdrawn === null).reduce((sum, a) => sum + a.amountCents, 0) };
  });

const changeAward = <T extends 'AwardAmended' | 'AwardWithdrawn'>(update: (award: AwardDocument, event: Changed<T>) => AwardDocument) =>
  change<T>((document, event) => ({ awards: document.awards.map((a) => (a.awardId === event.data.awardId ? update(a, event) : a)) }));

/** One document per call, with its lots and awards: the list, the detail and the yearly indicators read it. */
export const outsourcingsProjection = defineProjection<OutsourcingDocument, OutsourcingEvent>({
  name: 'outsourcings',
  // v2: keeps the year's running totals (callYearCounts) beside the documents.
  version: 2,
  tally: (call) => callYearCounts({ ...call, awards: call.awards.map((a) => ({ ...a, withdrawnOn: a.withdrawn?.withdrawnOn ?? null })) }),
  documentIds: (event) => [event.data.outsourcingId],
  on: {
    OutsourcingLaunched: (_, { data, recordedAt }) => ({
      ...data,
      year: yearOf(data.launchedOn),
      status: 'launched',
      statusChange: null,
      awards: [],
      grantedCents: 0,
      updatedAt: recordedAt,
    }),
    AwardGranted: change((document, { data: { awardId, lot, enterpriseNumber, amountCents, awardedOn, juryReport, approvedSubjects } }) => {
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
      return { awards: [...document.awards, award] };
    }),
    AwardAmended: changeAward((award, { data: { amountCents, previousAmountCents, reason, amendedOn } }) => ({
      ...award,
      amountCents,
      amendments: [...award.amendments, { amountCents, previousAmountCents, reason, amendedOn }],
    })),
    AwardWithdrawn: changeAward((award, { data }) => ({
      ...award,
      withdrawn: { reason: data.reason, withdrawnOn: data.withdrawnOn },
    })),
    OutsourcingDeclaredNotGranted: change((_, { data }) => ({
      status: 'not-granted',
      statusChange: { reason: data.reason, on: data.declaredOn },
    })),
    OutsourcingCancelled: change((_, { data }) => ({ status: 'cancelled', statusChange: { reason: data.reason, on: data.cancelledOn } })),
    OutsourcingClosed: change((_, { data }) => ({ status: 'closed', statusChange: { reason: data.reason, on: data.closedOn } })),
  },
});
