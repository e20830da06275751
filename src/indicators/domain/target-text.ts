import type { IndicatorUnit } from './indicator.js';
import type { TargetTerms } from './target.js';

const format = (min: number, max: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: min, maximumFractionDigits: max });
const euro = format(2, 2);
const whole = format(0, 0);
const percent = format(0, 1);

/** A number in the unit without its sign: `1.500.000,00`, `21`, `85` (a share as a percentage). */
function amount(value: number, unit: IndicatorUnit): string {
  if (unit === 'EUR-cents') return euro.format(value / 100);
  if (unit === 'ratio') return percent.format(value * 100);
  return whole.format(value);
}

const suffix = (unit: IndicatorUnit) => (unit === 'EUR-cents' ? ' €' : unit === 'ratio' ? ' %' : '');

export type Language = 'nl' | 'en';

const PREVIOUS_YEAR: Readonly<Record<Language, string>> = { nl: 'vorig jaar', en: 'previous year' };

/**
 * The target in the business plan's words: "≥ 1.500.000,00 €", "≤ 5", "80–85 %", "+3 %", "≥ vorig jaar"
 * ("≥ previous year"). Numbers keep the Flemish format in English too: the figures are the agency's, and
 * the English dashboard prints them so.
 */
export function targetText(terms: TargetTerms, unit: IndicatorUnit, language: Language = 'nl'): string {
  switch (terms.kind) {
    case 'atLeast':
      return `≥ ${amount(terms.value, unit)}${suffix(unit)}`;
    case 'atMost':
      return `≤ ${amount(terms.value, unit)}${suffix(unit)}`;
    case 'between':
      return `${amount(terms.min, unit)}–${amount(terms.max, unit)}${suffix(unit)}`;
    case 'increaseOverPrevious':
      return `${terms.percent < 0 ? '−' : '+'}${percent.format(Math.abs(terms.percent))} %`;
    case 'noLessThanPrevious':
      return `≥ ${PREVIOUS_YEAR[language]}`;
    default: {
      const unhandled: never = terms;
      return unhandled;
    }
  }
}
