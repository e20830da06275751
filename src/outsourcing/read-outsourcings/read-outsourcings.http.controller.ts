import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import type { OutsourcingDocument } from '../../../projections/outsourcings.projection.js';
import { CurrentPrincipal } from '../../shared/auth/auth.decorators.js';
import type { Principal } from '../../shared/auth/principal.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { ApiAsOf, asOfInstant, asOfParameter, asOfQuery } from '../../shared/http/as-of.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { MANDATE_QUERIES, type MandateQueries } from '../../mandates/mandates.queries.js';
import { ReadModels } from '../../platform/read-models.js';
import { OUTSOURCING_STATUSES } from '../domain/outsourcing.js';
import { PRODUCTS } from '../domain/events.js';
import { outsourcingIdParam } from '../../shared/http/id-params.js';
import { OutsourcingListView, OutsourcingView } from '../outsourcing.view.js';

const listQuery = readQuery.keys({
  year: Joi.number().integer().min(2000).max(2100),
  product: Joi.string().valid(...PRODUCTS),
  status: Joi.string().valid(...OUTSOURCING_STATUSES),
  asOf: asOfParameter(),
});
type ListQuery = { year?: number; product?: string; status?: string; asOf?: string };

@ApiTags('outsourcings')
@Controller('outsourcings')
export class ReadOutsourcingsController {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
  ) {}

  @Get()
  @ApiRead({
    operationId: 'listOutsourcings',
    summary: 'Outsourcings, newest launch first',
    description: 'Filters on launch year (Brussels), product and status.',
    response: OutsourcingListView,
  })
  @ApiQuery({ name: 'year', required: false, type: Number })
  @ApiQuery({ name: 'product', required: false, enum: PRODUCTS })
  @ApiQuery({ name: 'status', required: false, enum: OUTSOURCING_STATUSES })
  @ApiAsOf('the calls as known then, so drill-downs agree with an "as of" table')
  async list(
    @Query(new JoiValidationPipe(listQuery)) query: ListQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutsourcingListView> {
    const filter = Object.fromEntries(
      Object.entries({ year: query.year, product: query.product, status: query.status }).filter(([, v]) => v !== undefined),
    );
    const asOf = asOfInstant(query);
    const docs = await this.readModels.findAsOf<OutsourcingDocument>('outsourcings', asOf, filter as Record<string, string | number>);
    const names = await this.mandates.holderNames();
    const items = docs
      .sort((a, b) => b.launchedOn.localeCompare(a.launchedOn) || a.title.localeCompare(b.title))
      .map((doc) => present(doc, principal, names));
    return { items, total: items.length, position: this.readModels.position() };
  }

  @Get(':id')
  @ApiRead({
    operationId: 'getOutsourcing',
    summary: 'One outsourcing with its lots and awards, now or as it was at asOf',
    description: 'A mandate holder sees only its own awards.',
    response: OutsourcingView,
    notFound: true,
  })
  @ApiAsOf('the call as it was then; 404 when it was not launched yet')
  async one(
    @Param('id', outsourcingIdParam) id: string,
    @Query(new JoiValidationPipe(asOfQuery())) query: { asOf?: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutsourcingView> {
    const asOf = asOfInstant(query);
    const doc =
      asOf === null
        ? await this.readModels.get<OutsourcingDocument>('outsourcings', id)
        : ((await this.readModels.findAsOf<OutsourcingDocument>('outsourcings', asOf, { outsourcingId: id }))[0] ?? null);
    if (!doc) throw notFound('OUTSOURCING_NOT_FOUND', `no outsourcing ${id}${asOf === null ? '' : ` as of ${asOf}`}`);
    return { ...present(doc, principal, await this.mandates.holderNames()), ...(asOf === null ? {} : { asOf }) };
  }
}

/** Awards and jury reports of other holders are not a mandate holder's business. */
function present(doc: OutsourcingDocument, principal: Principal, names: ReadonlyMap<string, string>): OutsourcingView {
  const visible = principal.role === 'mandate-holder' ? doc.awards.filter((a) => a.enterpriseNumber === principal.org) : doc.awards;
  const { outsourcingId, ...rest } = doc;
  return {
    id: outsourcingId,
    ...rest,
    ...(principal.role === 'mandate-holder' ? { grantedCents: undefined } : {}),
    awards: visible.map((a) => ({ ...a, holderName: names.get(a.enterpriseNumber) ?? null })),
  };
}
