import type { AwardAmended, AwardGranted, AwardWithdrawn } from './events.js';
import type { OutsourcingTerms } from './outsourcing.js';

/** A tender's budget is the sum of its lots, so its launch gives lots and no budget (null). */
export type LaunchOutsourcingData = Omit<OutsourcingTerms, 'budgetCents'> & { readonly budgetCents: number | null };

/**
 * Only a holder with an active mandate on the award date may be awarded. The application layer reads
 * the mandate and says so here, which keeps this domain free of another aggregate's store.
 */
export type AwardOutsourcingData = AwardGranted['data'] & { readonly holderActiveOnAwardDate: boolean };

export type AmendAwardData = Omit<AwardAmended['data'], 'previousAmountCents'>;

export type WithdrawAwardData = Pick<AwardWithdrawn['data'], 'outsourcingId' | 'awardId' | 'reason' | 'withdrawnOn'>;

export interface DeclareNotGrantedData {
  readonly outsourcingId: string;
  readonly reason: string;
  readonly declaredOn: string;
}

export interface CancelOutsourcingData {
  readonly outsourcingId: string;
  readonly reason: string;
  readonly cancelledOn: string;
}

export interface CloseOutsourcingData {
  readonly outsourcingId: string;
  readonly reason: string;
  readonly closedOn: string;
}
