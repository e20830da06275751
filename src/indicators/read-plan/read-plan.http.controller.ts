import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { PlanView } from '../indicator.views.js';
import { YearlyTableQuery } from '../read-yearly-table/yearly-table.query.js';
import { parseYear } from '../year-param.js';

const planQuery = asOfQuery();

@ApiTags('indicators')
@Controller('plans')
export class ReadPlanController {
  constructor(
    @Inject(YearlyTableQuery) private readonly query: YearlyTableQuery,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':year')
  @ApiRead({
    operationId: 'getPlan',
    summary: "A year's business plan, as known now or at asOf",
    description: 'rows null: no plan set, the table shows the standard DAEB catalogue.',
    response: PlanView,
  })
  @ApiParam({ name: 'year', example: 2017 })
  @ApiAsOf()
  async read(@Param('year') rawYear: string, @Query(new JoiValidationPipe(planQuery)) query: { asOf?: string }): Promise<PlanView> {
    const year = parseYear(rawYear);
    const asOf = asOfInstant(query);
    return { year, asOf: asOf ?? this.clock.now().toISOString(), rows: await this.query.plan(year, asOf) };
  }
}
