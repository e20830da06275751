import type { MandateApplicationEvent, MandateApplied } from '../src/mandates/domain/events.js';
import type { ApplicationStatus } from '../src/mandates/domain/mandate-application.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

export type MandateApplicationDocument = MandateApplied['data'] & {
  readonly status: ApplicationStatus;
  readonly decision: { readonly on: string; readonly reason: string | null } | null;
  readonly updatedAt: string;
};

type Decided = StoredOf<MandateApplicationEvent, 'MandateApplicationApproved' | 'MandateApplicationRejected'>;

/** Mandate applications as advisers review them and applicants follow theirs. */
export const mandateApplicationsProjection = defineProjection<MandateApplicationDocument, MandateApplicationEvent>({
  name: 'mandate-applications',
  version: 1,
  documentIds: (event) => [event.data.applicationId],
  on: {
    MandateApplied: (_, { data, recordedAt }) => ({ ...data, status: 'submitted', decision: null, updatedAt: recordedAt }),
    MandateApplicationApproved: onExisting<MandateApplicationDocument, Decided>((document, { data, recordedAt }) => ({
      ...document,
      status: 'approved',
      decision: { on: 'approvedOn' in data ? data.approvedOn : '', reason: null },
      updatedAt: recordedAt,
    })),
    MandateApplicationRejected: onExisting<MandateApplicationDocument, Decided>((document, { data, recordedAt }) => ({
      ...document,
      status: 'rejected',
      decision: 'reason' in data ? { on: data.rejectedOn, reason: data.reason } : null,
      updatedAt: recordedAt,
    })),
  },
});
