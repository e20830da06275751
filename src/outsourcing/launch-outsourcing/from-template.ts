import { Inject, Injectable } from '@nestjs/common';
import Joi from 'joi';
import { invalid } from '../../shared/domain/domain-error.js';
import { validate } from '../../shared/http/joi-validation.pipe.js';
import { TEMPLATE_QUERIES, type TemplateQueries } from '../../templates/templates.queries.js';
import type { TemplateRef } from '../domain/events.js';

const templateRef = Joi.object({
  templateId: Joi.string().guid().description('launch from this template: its defaults, body fields win'),
}).unknown(true);

/**
 * A launch from a template: the template's current defaults under the body's own fields, and the
 * template and version it came from. The merged body is then checked as any launch is.
 */
@Injectable()
export class FromTemplate {
  constructor(@Inject(TEMPLATE_QUERIES) private readonly templates: TemplateQueries) {}

  async merge(body: unknown): Promise<{ body: unknown; template: TemplateRef | null }> {
    const { templateId, ...own } = validate<{ templateId?: string } & Record<string, unknown>>(templateRef, body ?? {});
    if (templateId === undefined) return { body: own, template: null };
    const template = await this.templates.currentVersion(templateId.toLowerCase());
    if (!template) throw invalid('TEMPLATE_NOT_FOUND', `no template ${templateId}`, 'templateId');
    if (own.product !== undefined && own.product !== template.product) {
      throw invalid('TEMPLATE_PRODUCT_MISMATCH', `the template is for a ${template.product}, not another product`, 'product');
    }
    return {
      body: { ...template.defaults, product: template.product, ...own },
      template: { id: template.templateId, version: template.version },
    };
  }
}
