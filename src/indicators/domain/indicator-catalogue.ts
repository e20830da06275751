import type { IndicatorUnit } from './indicator.js';

export interface TableIndicator {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly unit: IndicatorUnit;
}

/**
 * The rows of the annual business-plan table, in the order management reads them (domain.md, "The
 * indicators"). For every one of them a higher result is better, so "met" is result >= target.
 */
export const TABLE_INDICATORS = [
  { code: 'DP23', nameNl: 'Toegekend budget', nameEn: 'Granted budget', unit: 'EUR-cents' },
  { code: 'DP24', nameNl: 'Gelanceerde uitbestedingen', nameEn: 'Outsourcings launched', unit: 'count' },
  { code: 'DP25', nameNl: 'Organisaties met een gunning', nameEn: 'Organisations awarded', unit: 'count' },
  { code: 'DP26', nameNl: 'Tevredenheid deelnemers (score 7 of meer)', nameEn: 'Satisfaction (score 7 or more)', unit: 'ratio' },
  { code: '2.11', nameNl: 'Deelnemers', nameEn: 'Participants', unit: 'count' },
  { code: 'DP5', nameNl: 'Innovatieve uitbestedingen', nameEn: 'Innovative outsourcings', unit: 'count' },
  { code: 'DP6', nameNl: 'Toegekend budget innovatieve uitbestedingen', nameEn: 'Innovative granted budget', unit: 'EUR-cents' },
  { code: 'DP7', nameNl: 'Deelnemers aan innovatieve trajecten', nameEn: 'Participants in innovative trainings', unit: 'count' },
  {
    code: 'share.budget',
    nameNl: 'Innovatieaandeel in het budget (DP6/DP23)',
    nameEn: 'Innovation share of budget (DP6/DP23)',
    unit: 'ratio',
  },
  {
    code: 'share.count',
    nameNl: 'Innovatieaandeel in de uitbestedingen (DP5/DP24)',
    nameEn: 'Innovation share of calls (DP5/DP24)',
    unit: 'ratio',
  },
] as const satisfies readonly TableIndicator[];

export type IndicatorCode = (typeof TABLE_INDICATORS)[number]['code'];

export const INDICATOR_CODES: readonly IndicatorCode[] = TABLE_INDICATORS.map((i) => i.code);

/** A target per code; null where management set none. */
export type Targets = Readonly<Record<IndicatorCode, number | null>>;

export const noTargets = (): Targets => Object.fromEntries(INDICATOR_CODES.map((code) => [code, null])) as Targets;

export const unitOf = (code: IndicatorCode): IndicatorUnit => TABLE_INDICATORS.find((i) => i.code === code)!.unit;
