import { yearOf } from '../../shared/domain/calendar.js';
import { type AwardMoney, awardMoney, type AwardMoneyFacts, sum } from './award-progress.js';

/** An award as financial supervision reads it. */
export interface SupervisedAward extends Omit<AwardMoneyFacts, 'paidCents'> {
  readonly awardId: string;
  readonly outsourcingId: string;
  readonly enterpriseNumber: string;
  readonly awardedOn: string;
  readonly withdrawnOn: string | null;
  readonly payments: readonly { readonly amountCents: number; readonly paidOn: string }[];
}

export interface SupervisionRow extends AwardMoney {
  readonly awardId: string;
  readonly outsourcingId: string;
  readonly enterpriseNumber: string;
  readonly awardedOn: string;
  readonly withdrawnOn: string | null;
  /** Payments are often spread over the award's year and the next: paid per Brussels calendar year. */
  readonly paidByYear: Readonly<Record<string, number>>;
  readonly flags: { readonly paidAboveGranted: boolean; readonly overcompensation: boolean; readonly noFinancialReport: boolean };
}

/**
 * The money of the awards dated in a year, award by award and in total, for the agency's financial
 * controllers: what was granted, paid (per year), paid back and net paid, and what needs a look.
 * Realisation is net paid on these awards against what stands granted (DP23); overpayments show.
 */
export function supervision(awards: readonly SupervisedAward[], year: number) {
  const rows = awards
    .filter((a) => yearOf(a.awardedOn) === year)
    .sort((a, b) => a.awardedOn.localeCompare(b.awardedOn) || a.awardId.localeCompare(b.awardId))
    .map(rowOf);
  const total = (pick: (row: SupervisionRow) => number) => sum(rows.map(pick));
  const grantedCents = total((r) => r.grantedCents);
  const netPaidCents = total((r) => r.netPaidCents);
  const flagged = (flag: keyof SupervisionRow['flags']) => rows.filter((r) => r.flags[flag]).length;
  return {
    year,
    awards: rows,
    totals: {
      awards: rows.length,
      grantedCents,
      paidCents: total((r) => r.paidCents),
      recoveredCents: total((r) => r.recoveredCents),
      netPaidCents,
      overcompensationCents: total((r) => r.overcompensationCents ?? 0),
      realisation: grantedCents === 0 ? null : netPaidCents / grantedCents,
      flagged: {
        paidAboveGranted: flagged('paidAboveGranted'),
        overcompensation: flagged('overcompensation'),
        noFinancialReport: flagged('noFinancialReport'),
      },
    },
  };
}

function rowOf(award: SupervisedAward): SupervisionRow {
  const paidByYear: Record<string, number> = {};
  for (const { amountCents, paidOn } of award.payments) {
    const key = String(yearOf(paidOn));
    paidByYear[key] = (paidByYear[key] ?? 0) + amountCents;
  }
  const money = awardMoney({ ...award, paidCents: sum(award.payments.map((p) => p.amountCents)) });
  const { awardId, outsourcingId, enterpriseNumber, awardedOn, withdrawnOn } = award;
  return {
    awardId,
    outsourcingId,
    enterpriseNumber,
    awardedOn,
    withdrawnOn,
    ...money,
    paidByYear,
    flags: {
      paidAboveGranted: money.paidAboveGranted,
      overcompensation: (money.overcompensationCents ?? 0) > 0,
      noFinancialReport: money.overcompensationCents === null,
    },
  };
}
