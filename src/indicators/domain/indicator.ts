export type IndicatorUnit = 'EUR-cents' | 'count' | 'ratio';

export interface IndicatorValue {
  readonly value: number;
  readonly unit: IndicatorUnit;
}

export type IndicatorValues = Readonly<Record<string, IndicatorValue>>;

export const cents = (value: number): IndicatorValue => ({ value, unit: 'EUR-cents' });
export const count = (value: number): IndicatorValue => ({ value, unit: 'count' });
/** A share between 0 and 1; 0 when there is nothing to divide by. */
export const ratio = (numerator: number, denominator: number): IndicatorValue => ({
  value: denominator === 0 ? 0 : numerator / denominator,
  unit: 'ratio',
});
