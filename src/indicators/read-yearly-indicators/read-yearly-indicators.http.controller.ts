import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import { Roles } from '../../shared/auth/auth.decorators.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { ReadModels } from '../../platform/read-models.js';
import { IndicatorSources } from '../indicator-sources.js';
import { asOfParameter, toAsOfTimestamp } from '../../shared/http/as-of.js';

const yearParam = Joi.object({ year: Joi.number().integer().min(2000).max(2100).required() });
const indicatorsQuery = readQuery.keys({ asOf: asOfParameter() });

@ApiTags('indicators')
@Controller('indicators')
export class ReadYearlyIndicatorsController {
  constructor(@Inject(IndicatorSources) private readonly sources: IndicatorSources, @Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get(':year')
  @Roles('adviser', 'management', 'inspector')
  @ApiRead('The yearly DAEB indicators: money in integer euro cents, ratios between 0 and 1')
  @ApiParam({ name: 'year', example: 2016 })
  @ApiQuery({ name: 'asOf', required: false, description: 'a date (end of that Brussels day) or timestamp: count only events recorded up to then' })
  async read(@Param('year') rawYear: string, @Query(new JoiValidationPipe(indicatorsQuery)) query: { asOf?: string }) {
    const { year } = validate(yearParam, { year: rawYear });
    const asOf = query.asOf ? toAsOfTimestamp(query.asOf) : null;
    return { year, ...(asOf ? { asOf } : {}), position: this.readModels.position(), indicators: await this.sources.compute(year, asOf) };
  }
}
