import { ruleBroken } from '../../shared/domain/domain-error.js';

/**
 * What the application layer read about the award before a holder writes its delivery: the award's
 * holder, whether it was withdrawn and whether the holder's mandate is active today.
 */
export interface DeliveryAccess {
  readonly awardId: string;
  readonly enterpriseNumber: string;
  readonly awardWithdrawn: boolean;
  readonly mandateActive: boolean;
}

/** Only an organisation with an active mandate, on an award that stands, registers delivery (domain.md). */
export function assertMayDeliver(access: DeliveryAccess): void {
  if (access.awardWithdrawn)
    throw ruleBroken('AWARD_WITHDRAWN', `award ${access.awardId} was withdrawn: no delivery can be registered on it`);
  if (!access.mandateActive)
    throw ruleBroken('MANDATE_NOT_ACTIVE', `the mandate of ${access.enterpriseNumber} is not active: it cannot register delivery`);
}

/** An open-offer holder may pass on at most this many subjects after the approval of its package. */
export const MAX_SUBJECTS_PASSED_ON_LATER = 2;

export const SCORES = 11;

/** The share the agency reports for satisfaction: responses with a score of 7 or more. */
export const SATISFIED_FROM = 7;
