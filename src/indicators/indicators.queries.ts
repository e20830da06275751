/**
 * What other contexts may ask the indicators context; they depend on this file only, never on its
 * aggregates, domain or read models.
 */
export interface IndicatorQueries {
  /**
   * The years from `from` to `to` (inclusive) that management has closed: their figures no longer move.
   * Read from the years' streams, so that a write right after a close already sees it.
   */
  closedYears(from: number, to: number): Promise<readonly number[]>;

  /**
   * Runs a write dated in `years` while none of them can be closed or reopened: read `closedYears`,
   * decide and append inside `write`, and the fact either lands before a close (and is in its published
   * figures) or sees the close and is refused (YEAR_CLOSED). Within this process only (see README).
   */
  whileYearsHeld<T>(years: readonly number[], write: () => Promise<T>): Promise<T>;
}

export const INDICATOR_QUERIES = Symbol('IndicatorQueries');
