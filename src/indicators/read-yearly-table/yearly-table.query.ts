import { Inject, Injectable } from '@nestjs/common';
import type { EstimatesDocument } from '../../../projections/estimates.projection.js';
import type { PlanDocument } from '../../../projections/plans.projection.js';
import type { TargetsDocument } from '../../../projections/targets.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import type { Position } from '../../shared/event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { noTargets, type Targets } from '../domain/indicator-catalogue.js';
import type { PlanRow } from '../domain/plan-row.js';
import { type TableRow, yearlyTable } from '../domain/yearly-table.js';
import { YearlyIndicators } from '../yearly-indicators.js';

export interface YearlyTable {
  readonly year: number;
  /** The instant the table is "as known on": the asked one, or now. */
  readonly asOf: string;
  readonly position: Position | null;
  readonly closedOn: string | null;
  /** When the close that published these figures was recorded; null while the year is open. */
  readonly closedAt: string | null;
  readonly rows: readonly TableRow[];
}

/**
 * The yearly table as known at a moment: figures, targets and closing all come from read models read
 * "as of" (document versions stamped with their event's recording time), never from a replay. A closed
 * year answers its published figures, and the log's figures beside them where they differ.
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
    const [current, previous, targets, plan, estimates] = await Promise.all([
      this.indicators.answered(year, asOf),
      this.indicators.answered(year - 1, asOf),
      this.targets(year, asOf),
      this.plan(year, asOf),
      this.estimates(year, asOf),
    ]);
    const closed = current.closedOn !== null;
    return {
      year,
      asOf: asOf ?? this.clock.now().toISOString(),
      position,
      closedOn: current.closedOn,
      closedAt: current.closedAt,
      rows: yearlyTable({
        current: current.current,
        published: closed ? current.indicators : null,
        previous: previous.indicators,
        targets,
        plan,
        closed,
        estimates,
      }),
    };
  }

  /** The year's plan rows; null for a year without a plan (the standard catalogue). */
  async plan(year: number, asOf: string | null): Promise<readonly PlanRow[] | null> {
    const [document] = await this.readModels.findAsOf<PlanDocument>('plans', asOf, { year });
    return document?.rows ?? null;
  }

  async estimates(year: number, asOf: string | null): Promise<EstimatesDocument['estimates']> {
    const [document] = await this.readModels.findAsOf<EstimatesDocument>('estimates', asOf, { year });
    return document?.estimates ?? {};
  }

  async targets(year: number, asOf: string | null): Promise<Targets> {
    const [document] = await this.readModels.findAsOf<TargetsDocument>('targets', asOf, { year });
    return document?.targets ?? noTargets();
  }
}
