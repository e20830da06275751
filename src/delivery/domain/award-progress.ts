/** An incentive reaches its subsidy when its workshops together reach the call's minimum (domain.md). */
export interface SubsidyThreshold {
  readonly required: number;
  readonly reached: boolean;
  readonly missing: number;
}

export function subsidyThreshold(minParticipants: number, participants: number): SubsidyThreshold {
  return { required: minParticipants, reached: participants >= minParticipants, missing: Math.max(0, minParticipants - participants) };
}

export interface AwardMoney {
  readonly grantedCents: number;
  readonly paidCents: number;
  /** paid / granted; 0 when nothing is granted. */
  readonly realisation: number;
  /** Paid more than granted: financial supervision checks it against overcompensation. */
  readonly paidAboveGranted: boolean;
}

export function awardMoney(grantedCents: number, paidCents: number): AwardMoney {
  return {
    grantedCents,
    paidCents,
    realisation: grantedCents === 0 ? 0 : paidCents / grantedCents,
    paidAboveGranted: paidCents > grantedCents,
  };
}
