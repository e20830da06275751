import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import type { MandateHolderDocument } from '../../../projections/mandate-holders.projection.js';
import { CurrentPrincipal } from '../../shared/auth/auth.decorators.js';
import type { Principal } from '../../shared/auth/principal.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { notFound } from '../../shared/domain/domain-error.js';
import { HttpProblem } from '../../shared/http/problem.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { enterpriseNumber } from '../../shared/http/joi-types.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { ReadModels } from '../../platform/read-models.js';
import { MandateHolderListView, MandateHolderView } from '../mandate-holder.view.js';
import { mandateStatusOn } from '../domain/mandate.js';

const listQuery = readQuery.keys({ status: Joi.string().valid('active', 'suspended', 'revoked') });

@ApiTags('mandate holders')
@Controller('mandate-holders')
export class ReadMandateHoldersController {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiRead({ operationId: 'listMandateHolders', summary: 'Mandate holders with their status today', response: MandateHolderListView })
  @ApiQuery({ name: 'status', required: false, enum: ['active', 'suspended', 'revoked'] })
  async list(@Query(new JoiValidationPipe(listQuery)) query: { status?: string }): Promise<MandateHolderListView> {
    const holders = await this.readModels.find<MandateHolderDocument>('mandate-holders');
    const items = holders.map((h) => this.present(h)).filter((h) => !query.status || h.statusToday === query.status);
    return { items, total: items.length, position: this.readModels.position() };
  }

  @Get(':enterpriseNumber')
  @ApiRead({
    operationId: 'getMandateHolder',
    summary: 'One mandate holder with its mandate timeline',
    description: 'A mandate holder may read only its own organisation.',
    response: MandateHolderView,
    notFound: true,
  })
  @ApiParam({ name: 'enterpriseNumber', example: '0123.456.749' })
  async one(@Param('enterpriseNumber') raw: string, @CurrentPrincipal() principal: Principal): Promise<MandateHolderView> {
    const { id } = validate(Joi.object<{ id: string }>({ id: enterpriseNumber().required() }), { id: raw });
    if (principal.role === 'mandate-holder' && principal.org !== id) {
      throw new HttpProblem(403, 'NOT_YOUR_ORGANISATION', 'a mandate holder may read only its own organisation');
    }
    const holder = await this.readModels.get<MandateHolderDocument>('mandate-holders', id);
    if (!holder) throw notFound('MANDATE_HOLDER_NOT_FOUND', `no mandate holder ${id}`);
    return this.present(holder);
  }

  /** Status today is read off the timeline, so a suspension dated in the future is not yet in force. */
  private present(holder: MandateHolderDocument): MandateHolderView {
    const today = brusselsDay(this.clock.now());
    const statusToday = mandateStatusOn({ ...holder, status: holder.status }, today);
    return { ...holder, statusToday: statusToday === 'none' ? 'not-yet-active' : statusToday, activeToday: statusToday === 'active' };
  }
}
