import { halfYearOf, nextHalfYear } from '../../shared/domain/calendar.js';
import { invalid, ruleBroken } from '../../shared/domain/domain-error.js';
import type { RoundCall } from './commands.js';
import type { OpenOfferVariant } from './events.js';

/** Open offers run in half-yearly rounds, like 2016-H1. */
export const ROUND = /^\d{4}-H[12]$/;

/** A call that ended this way leaves its round free for a new launch: nothing was granted under it. */
const FREES_ITS_ROUND = new Set<RoundCall['status']>(['cancelled', 'not-granted']);

/**
 * An open offer is launched twice a year, a generic and a sectoral one per half-year (domain.md, "The
 * three products"): its round is the half-year of its launch or the next one, and a round has one open
 * offer per variant unless the earlier one ended without a grant.
 */
export function assertRound(round: string, variant: OpenOfferVariant, launchedOn: string, sameRound: readonly RoundCall[]): void {
  if (!ROUND.test(round)) throw invalid('ROUND_FORMAT', 'round must be a half-year like 2016-H1', 'round');
  const launchRound = halfYearOf(launchedOn);
  if (round !== launchRound && round !== nextHalfYear(launchRound)) {
    throw ruleBroken(
      'ROUND_OUT_OF_RANGE',
      `round ${round} is neither the half-year of the launch on ${launchedOn} (${launchRound}) nor the next one (${nextHalfYear(launchRound)})`,
      'round',
    );
  }
  const earlier = sameRound.find((call) => !FREES_ITS_ROUND.has(call.status));
  if (earlier) {
    throw ruleBroken(
      'ROUND_ALREADY_LAUNCHED',
      `round ${round} already has a ${variant} open offer (${earlier.outsourcingId}, ${earlier.status}); a new one needs it cancelled or not granted`,
      'round',
    );
  }
}
