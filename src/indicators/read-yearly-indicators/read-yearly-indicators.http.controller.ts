import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { ReadModels } from '../../platform/read-models.js';
import { YearlyIndicators } from '../yearly-indicators.js';
import { YearlyIndicatorsView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';
import { MEASURES } from '../domain/indicator-catalogue.js';
import { planFigures, planLines } from '../domain/plan-lines.js';
import { YearlyTableQuery } from '../read-yearly-table/yearly-table.query.js';

const indicatorsQuery = asOfQuery();

@ApiTags('indicators')
@Controller('indicators')
export class ReadYearlyIndicatorsController {
  constructor(
    @Inject(YearlyIndicators) private readonly indicators: YearlyIndicators,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(YearlyTableQuery) private readonly table: YearlyTableQuery,
  ) {}

  @Get(':year')
  @ApiRead({
    operationId: 'getYearlyIndicators',
    summary: 'The yearly DAEB indicators',
    description:
      "Money in integer euro cents, ratios between 0 and 1 (null with reason no-data when there is nothing to divide); a closed year answers its published figures with closedAt and revised. `figures` lists them in the year's business plan: its code and the measure (a code with two measures gives two), in plan order; a year without a plan lists every measure under its own id. `indicators` keys the same values by measure id.",
    response: YearlyIndicatorsView,
  })
  @ApiParam({ name: 'year', example: 2016 })
  @ApiAsOf('count only events recorded up to then')
  async read(
    @Param('year') rawYear: string,
    @Query(new JoiValidationPipe(indicatorsQuery)) query: { asOf?: string },
  ): Promise<YearlyIndicatorsView> {
    const year = parseYear(rawYear);
    const asOf = asOfInstant(query);
    const position = this.readModels.position();
    const [{ indicators, closedOn, closedAt, revised }, plan] = await Promise.all([
      this.indicators.answered(year, asOf),
      this.table.plan(year, asOf),
    ]);
    const figures = planFigures(planLines(plan, MEASURES), indicators);
    // A closed year answers its published figures, with closedAt, and the later corrections beside them.
    return {
      year,
      ...(asOf ? { asOf } : {}),
      position,
      figures,
      indicators,
      ...(closedAt && closedOn ? { closedOn, closedAt, revised } : {}),
    };
  }
}
