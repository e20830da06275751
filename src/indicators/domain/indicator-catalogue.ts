import type { IndicatorUnit } from './indicator.js';
import type { Target } from './target.js';

export interface TableIndicator {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly unit: IndicatorUnit;
}

/**
 * The rows of the annual business-plan table, in the order management reads them (domain.md, "The
 * indicators"). For every one of them a higher result is better; a target says how much (target.ts).
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

/** A target per code as the plan words it; null where management set none. */
export type Targets = Readonly<Record<IndicatorCode, Target | null>>;

export const noTargets = (): Targets => Object.fromEntries(INDICATOR_CODES.map((code) => [code, null])) as Targets;

export const unitOf = (code: IndicatorCode): IndicatorUnit => TABLE_INDICATORS.find((i) => i.code === code)!.unit;

/**
 * Every measure a plan row can report, by its stable id: the table's codes and two more the service
 * computes or will. A plan names them; the codes it prints beside them change from year to year.
 */
export const MEASURES = [
  ...TABLE_INDICATORS,
  { code: 'DP24.notGranted', nameNl: 'Uitbestedingen zonder gunning', nameEn: 'Outsourcings ended without award', unit: 'count' },
  { code: 'realisation', nameNl: 'Realisatiegraad (uitbetaald/toegekend)', nameEn: 'Realisation (paid/granted)', unit: 'ratio' },
] as const satisfies readonly TableIndicator[];

export type MeasureId = (typeof MEASURES)[number]['code'];

export const MEASURE_IDS: readonly MeasureId[] = MEASURES.map((m) => m.code);

export const measureOf = (id: MeasureId): TableIndicator => MEASURES.find((m) => m.code === id)!;

export const hasTarget = (id: MeasureId): id is IndicatorCode => (INDICATOR_CODES as readonly string[]).includes(id);
