import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { ReadModels } from '../../platform/read-models.js';
import { YearlyIndicators } from '../yearly-indicators.js';
import { YearlyIndicatorsView } from '../indicator.views.js';
import { parseYear } from '../year-param.js';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';

const indicatorsQuery = asOfQuery();

@ApiTags('indicators')
@Controller('indicators')
export class ReadYearlyIndicatorsController {
  constructor(
    @Inject(YearlyIndicators) private readonly indicators: YearlyIndicators,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  @Get(':year')
  @ApiRead({
    operationId: 'getYearlyIndicators',
    summary: 'The yearly DAEB indicators',
    description:
      'Money in integer euro cents, ratios between 0 and 1 (null with reason no-data when there is nothing to divide); a closed year answers its published figures with closedAt and revised.',
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
    const { indicators, closedOn, closedAt, revised } = await this.indicators.answered(year, asOf);
    // A closed year answers its published figures, with closedAt, and the later corrections beside them.
    return { year, ...(asOf ? { asOf } : {}), position, indicators, ...(closedAt && closedOn ? { closedOn, closedAt, revised } : {}) };
  }
}
