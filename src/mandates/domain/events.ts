import type { DomainEvent } from '../../shared/domain/decider.js';

/** Event type strings are permanent: they are the names in the log, never derived from class names. */
export const MandateEventTypes = {
  granted: 'MandateGranted',
  suspended: 'MandateSuspended',
  reinstated: 'MandateReinstated',
  revoked: 'MandateRevoked',
} as const;

export const mandateSchemaVersions: Record<MandateEvent['type'], number> = {
  MandateGranted: 1,
  MandateSuspended: 1,
  MandateReinstated: 1,
  MandateRevoked: 1,
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

export type MandateEvent = MandateGranted | MandateSuspended | MandateReinstated | MandateRevoked;

export const mandateStream = (enterpriseNumber: string) => `mandate-${enterpriseNumber}`;
