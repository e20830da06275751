import type { DomainEvent } from '../../shared/domain/decider.js';

/** Event type strings are permanent: they are the names in the log, never derived from class names. */
export const MandateEventTypes = {
  granted: 'MandateGranted',
  suspended: 'MandateSuspended',
  reinstated: 'MandateReinstated',
  revoked: 'MandateRevoked',
  notificationPreferencesSet: 'NotificationPreferencesSet',
} as const;

export const mandateSchemaVersions: Record<MandateEvent['type'], number> = {
  MandateGranted: 1,
  MandateSuspended: 1,
  MandateReinstated: 1,
  MandateRevoked: 1,
  NotificationPreferencesSet: 1,
};

export type MandateBasis = 'quality-label' | 'experience';

export type MandateGranted = DomainEvent<
  'MandateGranted',
  {
    readonly enterpriseNumber: string;
    readonly name: string;
    readonly email: string;
    readonly basis: MandateBasis;
    readonly qualityLabel: string | null;
    readonly grantedOn: string;
  }
>;

interface MandateChange {
  readonly enterpriseNumber: string;
  readonly reason: string;
  readonly effectiveOn: string;
}

export type MandateSuspended = DomainEvent<'MandateSuspended', MandateChange>;
export type MandateReinstated = DomainEvent<'MandateReinstated', MandateChange>;
export type MandateRevoked = DomainEvent<'MandateRevoked', MandateChange>;

/** Where the holder wants notices of new calls mailed, and whether at all; its feed gets them either way. */
export type NotificationPreferencesSet = DomainEvent<
  'NotificationPreferencesSet',
  { readonly enterpriseNumber: string; readonly email: string; readonly enabled: boolean }
>;

export type MandateEvent = MandateGranted | MandateSuspended | MandateReinstated | MandateRevoked | NotificationPreferencesSet;

export const mandateStream = (enterpriseNumber: string) => `mandate-${enterpriseNumber}`;

/** Applications for a mandate: a training organisation asks, an adviser approves or rejects. */
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
