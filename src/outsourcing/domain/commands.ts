import type { FactCalendar } from '../../shared/domain/fact-dates.js';
import type { AwardAmended, AwardGranted, AwardWithdrawn } from './events.js';
import type { OutsourcingStatus, OutsourcingTerms } from './outsourcing.js';

/** Another open offer of the same round and variant, as the application layer found it. */
export interface RoundCall {
  readonly outsourcingId: string;
  readonly status: OutsourcingStatus;
}

/**
 * A tender's budget is the sum of its lots, so its launch gives lots and no budget (null). An open
 * offer's launch comes with the other calls of its round and variant (`sameRound`, [] otherwise).
 */
export type LaunchOutsourcingData = Omit<OutsourcingTerms, 'budgetCents'> & {
  readonly budgetCents: number | null;
  readonly calendar: FactCalendar;
  readonly sameRound: readonly RoundCall[];
};

/**
 * Only a holder with an active mandate on the award date may be awarded. The application layer reads
 * the mandate and says so here, which keeps this domain free of another aggregate's store.
 */
export type AwardOutsourcingData = AwardGranted['data'] & {
  readonly holderActiveOnAwardDate: boolean;
  readonly calendar: FactCalendar;
  /** The instant the award is given (ISO, UTC): a call's offers are due by an instant. */
  readonly now: string;
};

/** Amendments and withdrawals are facts of today: a closed year's award may still change, as a revision. */
export type AmendAwardData = Omit<AwardAmended['data'], 'previousAmountCents'> & { readonly today: string };

export type WithdrawAwardData = Pick<AwardWithdrawn['data'], 'outsourcingId' | 'awardId' | 'reason' | 'withdrawnOn' | 'withdrawnAt'> & {
  readonly today: string;
};

interface EndingData {
  readonly outsourcingId: string;
  readonly reason: string;
  readonly today: string;
}

export type DeclareNotGrantedData = EndingData & { readonly declaredOn: string; readonly declaredAt?: string };

export type CancelOutsourcingData = EndingData & { readonly cancelledOn: string; readonly cancelledAt?: string };

export type CloseOutsourcingData = EndingData & { readonly closedOn: string; readonly closedAt?: string };
