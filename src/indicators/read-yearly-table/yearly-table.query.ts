import { Inject, Injectable } from '@nestjs/common';
import type { IndicatorYearDocument } from '../../../projections/indicator-years.projection.js';
import type { TargetsDocument } from '../../../projections/targets.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import type { Position } from '../../shared/event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { noTargets, type Targets } from '../domain/indicator-catalogue.js';
import { type TableRow, yearlyTable } from '../domain/yearly-table.js';
import { YearlyIndicators } from '../yearly-indicators.js';

export interface YearlyTable {
  readonly year: number;
  /** The instant the table is "as known on": the asked one, or now. */
  readonly asOf: string;
  readonly position: Position | null;
  readonly closedOn: string | null;
  readonly rows: readonly TableRow[];
}

/**
 * The yearly table as known at a moment: figures, targets and closing all come from read models read
 * "as of" (document versions stamped with their event's recording time), never from a replay.
 */
@Injectable()
export class YearlyTableQuery {
  constructor(
    @Inject(YearlyIndicators) private readonly indicators: YearlyIndicators,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async table(year: number, asOf: string | null): Promise<YearlyTable> {
    // The position is taken first: everything read after it is at least that recent.
    const position = this.readModels.position();
    const [current, previous, targets, closed] = await Promise.all([
      this.indicators.compute(year, asOf),
      this.indicators.compute(year - 1, asOf),
      this.targets(year, asOf),
      this.readModels.findAsOf<IndicatorYearDocument>('indicator-years', asOf, { year }),
    ]);
    const closedOn = closed[0]?.closedOn ?? null;
    return {
      year,
      asOf: asOf ?? this.clock.now().toISOString(),
      position,
      closedOn,
      rows: yearlyTable({ current, previous, targets, closed: closedOn !== null }),
    };
  }

  async targets(year: number, asOf: string | null): Promise<Targets> {
    const [document] = await this.readModels.findAsOf<TargetsDocument>('targets', asOf, { year });
    return document?.targets ?? noTargets();
  }
}
