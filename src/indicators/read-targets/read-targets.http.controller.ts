import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';
import { YearlyTableQuery } from '../read-yearly-table/yearly-table.query.js';
import { TargetsView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';

const targetsQuery = asOfQuery();

@ApiTags('indicators')
@Controller('targets')
export class ReadTargetsController {
  constructor(
    @Inject(YearlyTableQuery) private readonly query: YearlyTableQuery,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':year')
  @ApiRead({
    operationId: 'getTargets',
    summary: "A year's targets per indicator code, as known now or at asOf",
    description: 'null: no target.',
    response: TargetsView,
  })
  @ApiParam({ name: 'year', example: 2016 })
  @ApiAsOf()
  async read(@Param('year') rawYear: string, @Query(new JoiValidationPipe(targetsQuery)) query: { asOf?: string }): Promise<TargetsView> {
    const year = parseYear(rawYear);
    const asOf = asOfInstant(query);
    return { year, asOf: asOf ?? this.clock.now().toISOString(), targets: await this.query.targets(year, asOf) };
  }
}
