/** An incentive reaches its subsidy when its workshops together reach the call's minimum (domain.md). */
export interface SubsidyThreshold {
  readonly required: number;
  readonly reached: boolean;
  readonly missing: number;
}

export function subsidyThreshold(minParticipants: number, participants: number): SubsidyThreshold {
  return { required: minParticipants, reached: participants >= minParticipants, missing: Math.max(0, minParticipants - participants) };
}

/** What an award's money is judged on: its grant, what was paid and paid back, the holder's reports. */
export interface AwardMoneyFacts {
  /** The award's amount after amendments. */
  readonly grantedCents: number;
  readonly withdrawn: boolean;
  readonly paidCents: number;
  readonly recoveredCents: number;
  /** The holder's reported eligible costs and revenues, the latest report of each year. */
  readonly financialReports: readonly { readonly costsCents: number; readonly revenuesCents: number }[];
}

export interface AwardMoney {
  /** What stands granted: nothing once the award was withdrawn (it freed its budget). */
  readonly grantedCents: number;
  readonly paidCents: number;
  readonly recoveredCents: number;
  readonly netPaidCents: number;
  /** net paid / granted; null when nothing stands granted. */
  readonly realisation: number | null;
  /** Net paid more than granted: flagged for supervision, never hidden. */
  readonly paidAboveGranted: boolean;
  /**
   * Once a financial report is in: max(0, net paid + reported revenues − reported eligible costs), the
   * EU rule for services of general economic interest (compensation may not exceed the net cost); else null.
   */
  readonly overcompensationCents: number | null;
}

export function awardMoney(facts: AwardMoneyFacts): AwardMoney {
  const grantedCents = facts.withdrawn ? 0 : facts.grantedCents;
  const netPaidCents = facts.paidCents - facts.recoveredCents;
  const reported = facts.financialReports.length > 0;
  const revenues = sum(facts.financialReports.map((r) => r.revenuesCents));
  const costs = sum(facts.financialReports.map((r) => r.costsCents));
  return {
    grantedCents,
    paidCents: facts.paidCents,
    recoveredCents: facts.recoveredCents,
    netPaidCents,
    realisation: grantedCents === 0 ? null : netPaidCents / grantedCents,
    paidAboveGranted: netPaidCents > grantedCents,
    overcompensationCents: reported ? Math.max(0, netPaidCents + revenues - costs) : null,
  };
}

export const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
