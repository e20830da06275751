import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import type { TemplateDocument } from '../../../projections/templates.projection.js';
import { PRODUCTS } from '../../outsourcing/domain/events.js';
import { ReadModels } from '../../platform/read-models.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { templateIdParam } from '../revise-template/revise-template.http.controller.js';
import { TemplateListView, TemplateView } from '../templates.views.js';

const listQuery = readQuery.keys({ product: Joi.string().valid(...PRODUCTS) });

@ApiTags('templates')
@Controller('templates')
export class ReadTemplatesController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get()
  @ApiRead({ operationId: 'listTemplates', summary: 'Call templates, per product, at their current version', response: TemplateListView })
  @ApiQuery({ name: 'product', required: false, enum: PRODUCTS })
  async list(@Query(new JoiValidationPipe(listQuery)) query: { product?: string }): Promise<TemplateListView> {
    const templates = await this.readModels.find<TemplateDocument>('templates', query.product ? { product: query.product } : undefined);
    const items = templates.sort((a, b) => a.product.localeCompare(b.product) || a.name.localeCompare(b.name));
    return { items, total: items.length, position: this.readModels.position() };
  }

  @Get(':id')
  @ApiRead({ operationId: 'getTemplate', summary: 'One template with every version', response: TemplateView, notFound: true })
  @ApiParam({ name: 'id', format: 'uuid' })
  async one(@Param('id', templateIdParam) id: string): Promise<TemplateView> {
    const template = await this.readModels.get<TemplateDocument>('templates', id);
    if (!template) throw notFound('TEMPLATE_NOT_FOUND', `no template ${id}`);
    return template;
  }
}
