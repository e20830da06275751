import type { AwardCriterion, Lot, Product } from './events.js';
import { standingOffers, type Offer, type OffersState } from './offers.js';

export interface CriterionMean {
  readonly criterion: string;
  readonly weight: number;
  /** The mean of the members' scores (0 to 10), to two decimals. */
  readonly mean: number;
}

export interface RankedOffer {
  readonly offerId: string;
  readonly enterpriseNumber: string;
  readonly amountCents: number;
  readonly overBudget: boolean;
  /** The weighted score on 100, to two decimals; null while no jury member scored the offer. */
  readonly score: number | null;
  /** 1 for the best; offers with equal scores share a rank; null while unscored. */
  readonly rank: number | null;
  /** Another offer on the same lot has the same score. */
  readonly tied: boolean;
  readonly criteria: readonly CriterionMean[];
  readonly members: readonly { readonly member: string; readonly external: boolean }[];
}

export interface LotRanking {
  /** Tenders: the lot; else null (one ranking for the call). */
  readonly lot: number | null;
  readonly offers: readonly RankedOffer[];
}

export interface RankedCall {
  readonly product: Product;
  readonly awardCriteria: readonly AwardCriterion[];
  readonly lots: readonly Lot[];
}

const twoDecimals = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100;

/**
 * Per lot, the standing offers by weighted score: per criterion the mean of the members' scores (0–10),
 * weighted by the call's criteria weights (which add up to 100), so that the total is on 100.
 */
export function rankOffers(call: RankedCall, state: OffersState): LotRanking[] {
  const lots = call.product === 'tender' ? call.lots.map((lot) => lot.number) : [null];
  const standing = standingOffers(state);
  return lots.map((lot) => ({
    lot,
    offers: rankLot(
      call,
      standing.filter((offer) => offer.lot === lot),
    ),
  }));
}

function rankLot(call: RankedCall, offers: readonly Offer[]): RankedOffer[] {
  const scored = offers.map((offer) => scoreOf(call, offer));
  const ordered = [...scored].sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || a.submittedAt.localeCompare(b.submittedAt) || a.offerId.localeCompare(b.offerId),
  );
  return ordered.map(({ submittedAt: _, ...offer }) => {
    const same = offer.score === null ? [] : ordered.filter((other) => other.score === offer.score);
    const better = offer.score === null ? 0 : ordered.filter((other) => other.score !== null && other.score > offer.score!).length;
    return { ...offer, rank: offer.score === null ? null : better + 1, tied: same.length > 1 };
  });
}

function scoreOf(call: RankedCall, offer: Offer): Omit<RankedOffer, 'rank' | 'tied'> & { submittedAt: string } {
  const { offerId, enterpriseNumber, amountCents, overBudget, submittedAt, marks } = offer;
  const members = marks.map(({ member, external }) => ({ member, external }));
  const base = { offerId, enterpriseNumber, amountCents, overBudget, submittedAt, members };
  if (marks.length === 0) return { ...base, score: null, criteria: [] };
  const criteria = call.awardCriteria.map(({ name, weight }) => {
    const given = marks.map((mark) => mark.scores.find((entry) => entry.criterion === name)?.score ?? 0);
    return { criterion: name, weight, exact: given.reduce((sum, value) => sum + value, 0) / given.length };
  });
  const score = twoDecimals(criteria.reduce((sum, { exact, weight }) => sum + (exact * weight) / 10, 0));
  return { ...base, score, criteria: criteria.map(({ criterion, weight, exact }) => ({ criterion, weight, mean: twoDecimals(exact) })) };
}
