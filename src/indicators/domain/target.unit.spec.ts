import { isMet, type Target, targetValue, termsOf } from './target.js';
import { targetText } from './target-text.js';
import type { IndicatorUnit } from './indicator.js';

const evaluate = (target: Target, unit: IndicatorUnit, previous: number | null, result: number | null) => {
  const terms = termsOf(target);
  const value = targetValue(terms, previous, unit);
  return { value, text: targetText(terms, unit), met: isMet(terms, value, result) };
};

describe('a target as the plan words it', () => {
  it('a bare number is "at least": met when reached', () => {
    expect(evaluate(21, 'count', null, 21)).toEqual({ value: 21, text: '≥ 21', met: true });
    expect(evaluate({ atLeast: 1_500_000_00 }, 'EUR-cents', null, 1_499_999_99)).toEqual({
      value: 1_500_000_00,
      text: '≥ 1.500.000,00 €',
      met: false,
    });
  });

  it('"at most": met while not above', () => {
    expect(evaluate({ atMost: 5 }, 'count', null, 5)).toMatchObject({ value: 5, text: '≤ 5', met: true });
    expect(evaluate({ atMost: 5 }, 'count', null, 6).met).toBe(false);
  });

  it('a range includes both bounds, stands for its lower bound, and reads "80–85 %"', () => {
    const range: Target = { between: [0.8, 0.85] };
    expect(evaluate(range, 'ratio', null, 0.8)).toEqual({ value: 0.8, text: '80–85 %', met: true });
    expect(evaluate(range, 'ratio', null, 0.85).met).toBe(true);
    expect(evaluate(range, 'ratio', null, 0.86).met).toBe(false);
    expect(evaluate(range, 'ratio', null, 0.79).met).toBe(false);
    expect(evaluate({ between: [0.825, 0.9] }, 'ratio', null, null)).toEqual({ value: 0.825, text: '82,5–90 %', met: null });
  });

  it('"+3 %" is the previous result × 1.03, rounded up to a whole count; none without a previous result', () => {
    expect(evaluate({ increaseOverPrevious: 3 }, 'count', 10_700, 11_021)).toEqual({ value: 11_021, text: '+3 %', met: true });
    expect(evaluate({ increaseOverPrevious: 3 }, 'count', 10_001, 10_301)).toMatchObject({ value: 10_302, met: false });
    expect(evaluate({ increaseOverPrevious: 3 }, 'count', 100, 103)).toMatchObject({ value: 103, met: true });
    expect(evaluate({ increaseOverPrevious: 3 }, 'count', null, 11_000)).toEqual({ value: null, text: '+3 %', met: null });
    expect(evaluate({ increaseOverPrevious: -2.5 }, 'ratio', 0.8, 0.78)).toEqual({ value: 0.78, text: '−2,5 %', met: true });
  });

  it('"no less than last year": the previous result itself; none without it', () => {
    expect(evaluate({ noLessThanPrevious: true }, 'count', 21, 21)).toEqual({ value: 21, text: '≥ vorig jaar', met: true });
    expect(evaluate({ noLessThanPrevious: true }, 'count', 21, 20).met).toBe(false);
    expect(evaluate({ noLessThanPrevious: true }, 'count', null, 20)).toMatchObject({ value: null, met: null });
  });

  it('reads in English with the same Flemish figures', () => {
    const english = (target: Target, unit: IndicatorUnit) => targetText(termsOf(target), unit, 'en');
    expect(english({ noLessThanPrevious: true }, 'count')).toBe('≥ previous year');
    expect(english({ atLeast: 1_500_000_00 }, 'EUR-cents')).toBe('≥ 1.500.000,00 €');
    expect(english({ atMost: 5 }, 'count')).toBe('≤ 5');
    expect(english({ between: [0.8, 0.85] }, 'ratio')).toBe('80–85 %');
    expect(english({ increaseOverPrevious: 3 }, 'count')).toBe('+3 %');
  });

  it('has no verdict without a result', () => {
    expect(evaluate(10, 'count', null, null).met).toBeNull();
  });
});
