export type IndicatorUnit = 'EUR-cents' | 'count' | 'ratio';

/**
 * A figure of the year. A ratio with nothing to divide is not available (`value: null`, `reason:
 * 'no-data'`): the agency's own reports say "niet beschikbaar" there, never 0 %.
 */
export type IndicatorValue =
  | { readonly value: number; readonly unit: IndicatorUnit }
  | { readonly value: null; readonly unit: IndicatorUnit; readonly reason: 'no-data' };

export type IndicatorValues = Readonly<Record<string, IndicatorValue>>;

export const cents = (value: number): IndicatorValue => ({ value, unit: 'EUR-cents' });
export const count = (value: number): IndicatorValue => ({ value, unit: 'count' });
/** A share between 0 and 1; not available when there is nothing to divide by. */
export const ratio = (numerator: number, denominator: number): IndicatorValue =>
  denominator === 0 ? { value: null, unit: 'ratio', reason: 'no-data' } : { value: numerator / denominator, unit: 'ratio' };
