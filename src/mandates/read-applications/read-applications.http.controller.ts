import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import type { MandateApplicationDocument } from '../../../projections/mandate-applications.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import { CurrentPrincipal } from '../../shared/auth/auth.decorators.js';
import type { Principal } from '../../shared/auth/principal.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { APPLICATION_STATUSES, MandateApplicationListView } from '../mandate-application.views.js';

const listQuery = readQuery.keys({ status: Joi.string().valid(...APPLICATION_STATUSES) });

@ApiTags('mandate applications')
@Controller('mandate-applications')
export class ReadApplicationsController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get()
  @ApiRead({
    operationId: 'listMandateApplications',
    summary: 'Mandate applications, by status',
    description: 'An applicant sees only its own organisation’s applications.',
    response: MandateApplicationListView,
  })
  @ApiQuery({ name: 'status', required: false, enum: APPLICATION_STATUSES })
  async list(
    @Query(new JoiValidationPipe(listQuery)) query: { status?: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<MandateApplicationListView> {
    const filter = {
      ...(query.status ? { status: query.status } : {}),
      ...(principal.role === 'applicant' ? { enterpriseNumber: principal.org } : {}),
    };
    const items = await this.readModels.find<MandateApplicationDocument>('mandate-applications', filter);
    items.sort((a, b) => a.appliedOn.localeCompare(b.appliedOn) || a.applicationId.localeCompare(b.applicationId));
    return { items, total: items.length, position: this.readModels.position() };
  }
}
