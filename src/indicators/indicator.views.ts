import { ApiExtraModels, ApiProperty, ApiPropertyOptional, type ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import type { Position } from '../shared/event-store/event-store.port.js';
import { enumOf } from '../shared/http/api-enum.js';
import { ApiPosition, Written } from '../shared/http/written.view.js';
import { INDICATOR_CODES, MEASURE_IDS, type MeasureId, type Targets } from './domain/indicator-catalogue.js';
import type { IndicatorUnit } from './domain/indicator.js';
import type { PlanRow } from './domain/plan-row.js';
import { TARGET_KINDS, type TargetKind } from './domain/target.js';
import type { TableRow } from './domain/yearly-table.js';
import type { YearlyTable } from './read-yearly-table/yearly-table.query.js';

const UNITS = enumOf<IndicatorUnit>()('EUR-cents', 'count', 'ratio');

/** A target as the plan words it: a bare number (at least) or an object with exactly one of the kinds. */
export const TARGET_SCHEMA = {
  nullable: true,
  oneOf: [
    { type: 'number', description: 'at least this value (the oldest form)' },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        atLeast: { type: 'number' },
        atMost: { type: 'number' },
        between: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[min, max], both included' },
        increaseOverPrevious: { type: 'number', description: "percent over the previous year's published result" },
        noLessThanPrevious: { type: 'boolean', enum: [true] },
      },
    },
  ],
};

/** The targets object is documented from the indicator catalogue itself: one property per code. */
const TARGETS: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(INDICATOR_CODES.map((code) => [code, TARGET_SCHEMA])),
  required: [...INDICATOR_CODES],
  description:
    'per indicator code its target in the row unit (EUR-cents, count, ratio 0..1): a number (at least), { atLeast }, { atMost }, { between: [min, max] }, { increaseOverPrevious: percent }, { noLessThanPrevious: true }; or null: no target',
  example: { ...Object.fromEntries(INDICATOR_CODES.map((code) => [code, null])), DP24: 10, '2.11': { increaseOverPrevious: 3 } },
};

/** One indicator's value; a ratio with nothing to divide is null with reason no-data ("niet beschikbaar"), never 0. */
export class IndicatorValueView {
  @ApiProperty({ type: Number, nullable: true, example: 12 }) readonly value!: number | null;
  @ApiProperty({ enum: UNITS, example: 'count' }) readonly unit!: IndicatorUnit;
  @ApiPropertyOptional({ enum: ['no-data'], description: 'present when value is null: nothing to divide' }) readonly reason?: 'no-data';
}

/** One figure under the year's plan code; the measure keeps its id whatever the code. */
export class PlanFigureView extends IndicatorValueView {
  @ApiProperty({ example: '2.13', description: "the code the year's plan prints; the measure's id in a year without a plan" })
  readonly code!: string;
  @ApiProperty({ enum: MEASURE_IDS, example: 'DP24' }) readonly measure!: MeasureId;
  @ApiProperty({ example: 'Uitbestedingen en organisaties: Gelanceerde uitbestedingen' }) readonly nameNl!: string;
  @ApiProperty({ example: 'Outsourcings and organisations: Outsourcings launched' }) readonly nameEn!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: "the plan row's note" }) readonly note!: string | null;
}

@ApiExtraModels(IndicatorValueView)
export class YearlyIndicatorsView {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiPropertyOptional({ description: 'the instant asked for, when asOf was given', example: '2016-12-31T22:59:59.999Z' })
  readonly asOf?: string;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
  @ApiProperty({
    type: [PlanFigureView],
    description:
      "the figures in the year's plan order, each under its code with its measure (2.13 gives two); every measure under its own id without a plan",
  })
  readonly figures!: readonly PlanFigureView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(IndicatorValueView) },
    description: 'per measure id (the same across years): money in integer euro cents, ratios between 0 and 1',
    example: { DP24: { value: 3, unit: 'count' }, DP26: { value: null, unit: 'ratio', reason: 'no-data' } },
  })
  readonly indicators!: Readonly<Record<string, IndicatorValueView>>;
  @ApiPropertyOptional({ description: 'a closed year: the Brussels day it was closed', example: '2017-01-15' }) readonly closedOn?: string;
  @ApiPropertyOptional({ description: 'a closed year: when its figures were published', example: '2017-01-15T09:00:00.000Z' })
  readonly closedAt?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'a closed year: per code, the value the log gives now where it differs from the published one (corrected after the close)',
    example: { DP23: 145000000 },
  })
  readonly revised?: Readonly<Record<string, number | null>>;
}

class EstimateView {
  @ApiProperty({ example: 11_000, description: "in the row's unit" }) readonly value!: number;
  @ApiProperty({ type: String, nullable: true, example: 'de cijfers van 2016 zijn er vanaf het tweede kwartaal van 2017' })
  readonly note!: string | null;
}

class TableRowView implements TableRow {
  @ApiProperty({ example: 'DP24', description: "the code the year's plan prints; the measure's id in a year without a plan" })
  readonly code!: string;
  @ApiProperty({ enum: MEASURE_IDS, example: 'DP24', description: 'the measure the row reports, the same across years whatever its code' })
  readonly measure!: MeasureId;
  @ApiProperty({ example: 'Gelanceerde uitbestedingen' }) readonly nameNl!: string;
  @ApiProperty({ example: 'Outsourcings launched' }) readonly nameEn!: string;
  @ApiProperty({ enum: UNITS, example: 'count' }) readonly unit!: IndicatorUnit;
  @ApiProperty({ type: Number, nullable: true, example: 8, description: "last year's result" }) readonly previous!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 10,
    description:
      'the value the target stands for (a range: its lower bound); null without a target or when it depends on a result not available',
  })
  readonly target!: number | null;
  @ApiProperty({ enum: TARGET_KINDS, nullable: true, example: 'atLeast' }) readonly targetKind!: TargetKind | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: "a range's upper bound" }) readonly targetMax!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '≥ 10',
    description: "the target in the plan's words, Dutch: +3 %, ≥ 1.500.000,00 €, 80–85 %",
  })
  readonly targetText!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '≥ 10',
    description: 'the same in English (≥ previous year); numbers keep the Flemish format, as on the English dashboard',
  })
  readonly targetTextEn!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 12, description: 'the published result of a closed year; null when not available' })
  readonly result!: number | null;
  @ApiProperty({
    enum: ['no-data'],
    nullable: true,
    example: null,
    description: 'no-data: a ratio with nothing to divide ("niet beschikbaar")',
  })
  readonly reason!: 'no-data' | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'a closed year corrected afterwards: the value the log gives now ("gecorrigeerd na afsluiting"); null when unchanged',
  })
  readonly revised!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true, description: 'null without a target or a result' })
  readonly met!: boolean | null;
  @ApiProperty({ example: true, description: 'until the year is closed' }) readonly provisional!: boolean;
  @ApiProperty({ type: String, nullable: true, example: null, description: "the plan row's note, a footnote under the table" })
  readonly note!: string | null;
  @ApiProperty({
    type: EstimateView,
    nullable: true,
    description: "management's estimate, shown while the year is provisional and the result is below it or not available",
  })
  readonly estimate!: EstimateView | null;
}

export class YearlyTableView implements YearlyTable {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiProperty({ description: 'the instant the table is as known on: the one asked for, or now', example: '2016-06-15T10:00:00.000Z' })
  readonly asOf!: string;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
  @ApiProperty({ type: String, nullable: true, example: null }) readonly closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'when the close that published these figures was recorded' })
  readonly closedAt!: string | null;
  @ApiProperty({ type: [TableRowView] }) readonly rows!: readonly TableRowView[];
}

export class TargetsView {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiProperty({ example: '2016-06-15T10:00:00.000Z' }) readonly asOf!: string;
  @ApiProperty(TARGETS) readonly targets!: Targets;
}

export class TargetsSetView extends Written {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiProperty(TARGETS) readonly targets!: Targets;
}

export class YearClosedView extends Written {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiProperty({ example: '2017-01-15' }) readonly closedOn!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(IndicatorValueView) },
    description: 'the figures published at the close',
    example: { DP24: { value: 3, unit: 'count' } },
  })
  readonly figures!: Readonly<Record<string, IndicatorValueView>>;
}

export class YearReopenedView extends Written {
  @ApiProperty({ example: 2016 }) readonly year!: number;
  @ApiProperty({ example: '2017-03-01' }) readonly reopenedOn!: string;
}

class PlanRowView implements PlanRow {
  @ApiProperty({ example: '2.13' }) readonly code!: string;
  @ApiProperty({ example: 'Uitbestedingen en organisaties' }) readonly nameNl!: string;
  @ApiProperty({ example: 'Outsourcings and organisations' }) readonly nameEn!: string;
  @ApiProperty({ type: [String], enum: MEASURE_IDS, example: ['DP24', 'DP25'] }) readonly measures!: readonly MeasureId[];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'a footnote under the table' }) readonly note!: string | null;
}

export class PlanView {
  @ApiProperty({ example: 2017 }) readonly year!: number;
  @ApiProperty({ example: '2017-06-15T10:00:00.000Z' }) readonly asOf!: string;
  @ApiProperty({ type: [PlanRowView], nullable: true, description: 'null: no plan, the standard DAEB catalogue' })
  readonly rows!: readonly PlanRowView[] | null;
}

export class PlanSetView extends Written {
  @ApiProperty({ example: 2017 }) readonly year!: number;
  @ApiProperty({ type: [PlanRowView] }) readonly rows!: readonly PlanRowView[];
}

export class EstimateRecordedView extends Written {
  @ApiProperty({ example: 2017 }) readonly year!: number;
  @ApiProperty({ enum: MEASURE_IDS, example: '2.11', description: 'the measure estimated' }) readonly code!: MeasureId;
  @ApiProperty({ example: 11_000 }) readonly value!: number;
  @ApiProperty({ type: String, nullable: true, example: 'de cijfers van 2016 zijn er vanaf het tweede kwartaal van 2017' })
  readonly note!: string | null;
}

export class EstimateWithdrawnView extends Written {
  @ApiProperty({ example: 2017 }) readonly year!: number;
  @ApiProperty({ enum: MEASURE_IDS, example: '2.11', description: 'the measure whose estimate was withdrawn' }) readonly code!: MeasureId;
  @ApiProperty({ example: 'the 2016 participant figures are in' }) readonly reason!: string;
}
