import { Inject, Injectable } from '@nestjs/common';
import type { IndicatorYearDocument } from '../../projections/indicator-years.projection.js';
import { DELIVERY_QUERIES, type DeliveryQueries } from '../delivery/delivery.queries.js';
import { OUTSOURCING_QUERIES, type OutsourcingQueries } from '../outsourcing/outsourcing.queries.js';
import { ReadModels } from '../platform/read-models.js';
import { deliveryIndicators } from './domain/delivery-indicators.js';
import type { IndicatorValues } from './domain/indicator.js';
import { outsourcingIndicators } from './domain/outsourcing-indicators.js';
import { revisions } from './domain/yearly-table.js';

/** A year's figures as answered: the published ones of a closed year, with what changed since as revisions. */
export interface AnsweredYear {
  readonly indicators: IndicatorValues;
  /** The figures the log gives (as of the moment asked); equal to `indicators` for an open year. */
  readonly current: IndicatorValues;
  readonly closedOn: string | null;
  readonly closedAt: string | null;
  /** Per code, the value the log gives now where it differs from the published one; {} for an open year. */
  readonly revised: Readonly<Record<string, number | null>>;
}

/** Every indicator of a year: the call side from the outsourcing context, the delivery side from delivery. */
@Injectable()
export class YearlyIndicators {
  constructor(
    @Inject(OUTSOURCING_QUERIES) private readonly outsourcing: OutsourcingQueries,
    @Inject(DELIVERY_QUERIES) private readonly delivery: DeliveryQueries,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  /** The figures of a Brussels calendar year as the log gives them at `asOf` (ISO timestamp), or now when null. */
  async compute(year: number, asOf: string | null): Promise<IndicatorValues> {
    // Each side answers from its running totals of the year: a read is the same size at any history length.
    const [calls, delivery] = await Promise.all([this.outsourcing.yearFigures(year, asOf), this.delivery.yearFigures(year, asOf)]);
    return { ...outsourcingIndicators(calls), ...deliveryIndicators(delivery) };
  }

  /**
   * The figures as management's table answers them at `asOf`: once the year was closed (as of then) the
   * figures its close published, never silently replaced; a close recorded before figures were kept
   * publishes what the log gave at its recording.
   */
  async answered(year: number, asOf: string | null): Promise<AnsweredYear> {
    const [[closed], current] = await Promise.all([
      this.readModels.findAsOf<IndicatorYearDocument>('indicator-years', asOf, { year }),
      this.compute(year, asOf),
    ]);
    if (!closed) return { indicators: current, current, closedOn: null, closedAt: null, revised: {} };
    const published = closed.figures ?? (await this.compute(year, closed.closedAt));
    return { indicators: published, current, closedOn: closed.closedOn, closedAt: closed.closedAt, revised: revisions(published, current) };
  }
}
