import type { CallYearFigures } from './domain/call-year-counts.js';
import type { Product } from './domain/events.js';

export type { CallYearFigures } from './domain/call-year-counts.js';

/** The launch fields a template may hold, and the check of a template's defaults against them. */
export { launchDefaultsErrors, launchDefaultsSchema } from './launch-outsourcing/launch-defaults.js';

/** An award with the terms of its call that other contexts work with. */
export interface AwardFacts {
  readonly awardId: string;
  readonly outsourcingId: string;
  readonly callTitle: string;
  readonly product: Product;
  readonly innovative: boolean;
  /** Incentive only, else null: the participants all the award's workshops together must reach. */
  readonly minParticipants: number | null;
  readonly lot: number | null;
  readonly enterpriseNumber: string;
  /** The current amount, after any amendment. */
  readonly amountCents: number;
  readonly awardedOn: string;
  readonly approvedSubjects: readonly string[];
  readonly withdrawnOn: string | null;
}

/**
 * What other contexts may ask the outsourcing context; they depend on this file only, never on its
 * aggregate, domain or read model.
 */
export interface OutsourcingQueries {
  /**
   * The award as the read model knows it, or null (the read model may not have caught up with a new
   * award yet); with `asOf` (ISO timestamp), as it was then, null when it was not granted yet.
   */
  award(outsourcingId: string, awardId: string, asOf?: string | null): Promise<AwardFacts | null>;

  /**
   * Whether the award was withdrawn, read from the call's stream so that a write right after a
   * withdrawal already sees it; an award the call does not have counts as withdrawn.
   */
  isWithdrawn(outsourcingId: string, awardId: string): Promise<boolean>;

  /**
   * The Brussels day the award was withdrawn, null while it stands; read from the call's stream like
   * isWithdrawn. An award the call does not have counts as withdrawn since always ('0000-01-01').
   */
  withdrawnOn(outsourcingId: string, awardId: string): Promise<string | null>;

  /** The call side of a Brussels calendar year as known at `asOf` (ISO timestamp), or now when null. */
  yearFigures(year: number, asOf: string | null): Promise<CallYearFigures>;
}

export const OUTSOURCING_QUERIES = Symbol('OutsourcingQueries');
