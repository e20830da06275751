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
}

export const INDICATOR_QUERIES = Symbol('IndicatorQueries');
