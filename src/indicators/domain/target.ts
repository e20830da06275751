import { invalid } from '../../shared/domain/domain-error.js';
import type { IndicatorUnit } from './indicator.js';

/**
 * A target as the business plan words it. A bare number is the oldest form and still means "at least":
 * targets set before the plan's wordings existed read the same.
 */
export type Target =
  | number
  | { readonly atLeast: number }
  | { readonly atMost: number }
  | { readonly between: readonly [number, number] }
  /** "a rise of 3 %": percent over the previous year's published result. */
  | { readonly increaseOverPrevious: number }
  | { readonly noLessThanPrevious: true };

export type TargetKind = 'atLeast' | 'atMost' | 'between' | 'increaseOverPrevious' | 'noLessThanPrevious';

export const TARGET_KINDS: readonly TargetKind[] = ['atLeast', 'atMost', 'between', 'increaseOverPrevious', 'noLessThanPrevious'];

/** One kind and its operand: what every reader of a target switches on. */
export type TargetTerms =
  | { readonly kind: 'atLeast' | 'atMost'; readonly value: number }
  | { readonly kind: 'between'; readonly min: number; readonly max: number }
  | { readonly kind: 'increaseOverPrevious'; readonly percent: number }
  | { readonly kind: 'noLessThanPrevious' };

export function termsOf(target: Target): TargetTerms {
  if (typeof target === 'number') return { kind: 'atLeast', value: target };
  if ('atLeast' in target) return { kind: 'atLeast', value: target.atLeast };
  if ('atMost' in target) return { kind: 'atMost', value: target.atMost };
  if ('between' in target) return { kind: 'between', min: target.between[0], max: target.between[1] };
  if ('increaseOverPrevious' in target) return { kind: 'increaseOverPrevious', percent: target.increaseOverPrevious };
  return { kind: 'noLessThanPrevious' };
}

/**
 * The value the target stands for in the row's unit; for a range its lower bound. A target relative to
 * last year has none while last year's result is not available. A rise on a count or an amount is
 * rounded up: 3 % more than 10 001 participants is only reached with 10 302.
 */
export function targetValue(terms: TargetTerms, previous: number | null, unit: IndicatorUnit): number | null {
  switch (terms.kind) {
    case 'atLeast':
    case 'atMost':
      return terms.value;
    case 'between':
      return terms.min;
    case 'noLessThanPrevious':
      return previous;
    case 'increaseOverPrevious': {
      if (previous === null) return null;
      // Rounded to 1e-9 first: 100 × 1.03 in binary floating point is 103.00000000000001.
      const exact = Math.round(((previous * (100 + terms.percent)) / 100) * 1e9) / 1e9;
      return unit === 'ratio' ? exact : Math.ceil(exact);
    }
    default: {
      const unhandled: never = terms;
      return unhandled;
    }
  }
}

/** Whether the result meets the target; null when there is nothing to compare. */
export function isMet(terms: TargetTerms, value: number | null, result: number | null): boolean | null {
  if (result === null) return null;
  if (terms.kind === 'between') return result >= terms.min && result <= terms.max;
  if (value === null) return null;
  return terms.kind === 'atMost' ? result <= value : result >= value;
}

/** Amounts, counts and shares in their indicator's unit; a rise is a percentage above -100. */
export function assertTargetInUnit(target: Target, unit: IndicatorUnit, field: string): void {
  const terms = termsOf(target);
  const inUnit = (value: number) =>
    typeof value === 'number' && (unit === 'ratio' ? value >= 0 && value <= 1 : Number.isSafeInteger(value) && value >= 0);
  const expected =
    unit === 'ratio' ? 'a share between 0 and 1' : unit === 'EUR-cents' ? 'a whole number of euro cents >= 0' : 'a whole number >= 0';
  switch (terms.kind) {
    case 'atLeast':
    case 'atMost':
      if (!inUnit(terms.value)) throw invalid('TARGET_OUT_OF_RANGE', `the target of ${field} must be ${expected}`, `targets.${field}`);
      return;
    case 'between':
      if (!inUnit(terms.min) || !inUnit(terms.max))
        throw invalid('TARGET_OUT_OF_RANGE', `both bounds of the range of ${field} must be ${expected}`, `targets.${field}.between`);
      if (terms.min > terms.max)
        throw invalid(
          'TARGET_RANGE_REVERSED',
          `the range of ${field} must run from its lower to its upper bound`,
          `targets.${field}.between`,
        );
      return;
    case 'increaseOverPrevious':
      if (!Number.isFinite(terms.percent) || terms.percent <= -100)
        throw invalid(
          'TARGET_OUT_OF_RANGE',
          `the rise of ${field} must be a percentage above -100`,
          `targets.${field}.increaseOverPrevious`,
        );
      return;
    case 'noLessThanPrevious':
      return;
    default: {
      const unhandled: never = terms;
      return unhandled;
    }
  }
}

/** Two targets are the same decision when they say the same thing: 20 and { atLeast: 20 } are one. */
export const sameTarget = (a: Target | null, b: Target | null): boolean =>
  a === null || b === null ? a === b : JSON.stringify(termsOf(a)) === JSON.stringify(termsOf(b));
