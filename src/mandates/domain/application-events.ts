import type { DomainEvent } from '../../shared/domain/decider.js';
import type { MandateBasis } from './events.js';

export const mandateApplicationSchemaVersions: Record<MandateApplicationEvent['type'], number> = {
  MandateApplied: 1,
  MandateApplicationApproved: 1,
  MandateApplicationRejected: 1,
};

export type MandateApplied = DomainEvent<
  'MandateApplied',
  {
    readonly applicationId: string;
    readonly enterpriseNumber: string;
    readonly name: string;
    readonly email: string;
    readonly basis: MandateBasis;
    readonly qualityLabel: string | null;
    readonly motivation: string;
    readonly appliedOn: string;
  }
>;

/** The mandate itself is granted by MandateGranted on the mandate's stream, as any grant. */
export type MandateApplicationApproved = DomainEvent<
  'MandateApplicationApproved',
  { readonly applicationId: string; readonly enterpriseNumber: string; readonly approvedOn: string }
>;

export type MandateApplicationRejected = DomainEvent<
  'MandateApplicationRejected',
  { readonly applicationId: string; readonly enterpriseNumber: string; readonly reason: string; readonly rejectedOn: string }
>;

export type MandateApplicationEvent = MandateApplied | MandateApplicationApproved | MandateApplicationRejected;

/** One stream per organisation: its applications one after another, so that only one is open at a time. */
export const mandateApplicationsStream = (enterpriseNumber: string) => `mandate-applications-${enterpriseNumber}`;
