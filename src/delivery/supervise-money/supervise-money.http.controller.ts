import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import type { DeliveryAwardDocument } from '../../../projections/delivery-awards.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { SupervisionView } from '../delivery.views.js';
import { supervision } from '../domain/supervision.js';

const yearParam = Joi.object({ year: Joi.number().integer().min(2000).max(2100).required() });
const supervisionQuery = asOfQuery();

@ApiTags('delivery follow-up')
@Controller('supervision')
export class SuperviseMoneyController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get(':year')
  @ApiRead({
    operationId: 'getSupervision',
    summary: 'Financial supervision of the awards dated in a year',
    description:
      'Granted, paid per calendar year, recovered, net paid, overcompensation and flags (paidAboveGranted, overcompensation, noFinancialReport), with totals and realisation.',
    response: SupervisionView,
  })
  @ApiParam({ name: 'year', example: 2016 })
  @ApiAsOf('as known then')
  async read(
    @Param('year') rawYear: string,
    @Query(new JoiValidationPipe(supervisionQuery)) query: { asOf?: string },
  ): Promise<SupervisionView> {
    const { year } = validate<{ year: number }>(yearParam, { year: rawYear });
    const asOf = asOfInstant(query);
    const awards = await this.readModels.findAsOf<DeliveryAwardDocument>('delivery-awards', asOf);
    const supervised = awards.map((a) => ({
      ...a,
      // Documents of the previous projection version knew no recoveries.
      recoveredCents: a.recoveredCents ?? 0,
      withdrawnOn: a.withdrawnOn ?? null,
    }));
    return { ...supervision(supervised, year), ...(asOf ? { asOf } : {}), position: this.readModels.position() };
  }
}
