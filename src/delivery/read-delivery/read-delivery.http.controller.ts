import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DeliveryAwardDocument } from '../../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import { CurrentPrincipal } from '../../shared/auth/auth.decorators.js';
import type { Principal } from '../../shared/auth/principal.js';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { ReadModels } from '../../platform/read-models.js';
import { VisibleDelivery } from '../visible-delivery.js';
import { awardIdParam, moduleIdParam } from '../../shared/http/id-params.js';
import { AwardDeliveryView, ModuleDetailView, ModuleListView } from '../delivery.views.js';
import { presentAward, presentModule } from './present-delivery.js';

/** Delivery detail is per holder: advisers and inspectors read all, a holder its own, management only the indicators. */
@ApiTags('delivery')
@Controller()
export class ReadDeliveryController {
  constructor(
    @Inject(VisibleDelivery) private readonly visible: VisibleDelivery,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  @Get('awards/:awardId')
  @ApiRead({
    operationId: 'getAwardDelivery',
    summary: "An award's delivery progress and money, now or as it was at asOf",
    description:
      'Modules, participants, the incentive subsidy threshold, granted, paid and realisation; follow-up findings and financial reports for advisers and inspectors only (a holder gets followUpCount).',
    response: AwardDeliveryView,
    notFound: true,
  })
  @ApiAsOf('the award and its delivery as they were then; 404 before it was granted')
  async award(
    @Param('awardId', awardIdParam) awardId: string,
    @Query(new JoiValidationPipe(asOfQuery())) query: { asOf?: string },
    @CurrentPrincipal() principal: Principal,
  ): Promise<AwardDeliveryView> {
    const asOf = asOfInstant(query);
    const award = await this.visible.award(awardId, principal, asOf);
    const delivery =
      asOf === null
        ? await this.readModels.get<DeliveryAwardDocument>('delivery-awards', awardId)
        : ((await this.readModels.findAsOf<DeliveryAwardDocument>('delivery-awards', asOf, { awardId }))[0] ?? null);
    return { ...presentAward(award, delivery, principal.role), ...(asOf === null ? {} : { asOf }), position: this.readModels.position() };
  }

  @Get('awards/:awardId/modules')
  @ApiRead({
    operationId: 'listAwardModules',
    summary: 'The modules of an award, with participant counts and satisfaction',
    response: ModuleListView,
    notFound: true,
  })
  async modules(
    @Param('awardId', awardIdParam) awardId: string,
    @Query(new JoiValidationPipe(readQuery)) _query: object,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ModuleListView> {
    await this.visible.award(awardId, principal);
    const modules = await this.readModels.find<ModuleDocument>('delivery-modules', { awardId });
    const items = modules
      .sort((a, b) => a.plannedStart.localeCompare(b.plannedStart) || a.title.localeCompare(b.title))
      .map((m) => presentModule(m, false));
    return { items, total: items.length, position: this.readModels.position() };
  }

  @Get('modules/:moduleId')
  @ApiRead({
    operationId: 'getModule',
    summary: 'One module: its sessions, participant count and satisfaction',
    description: 'No personal data.',
    response: ModuleDetailView,
    notFound: true,
  })
  async module(
    @Param('moduleId', moduleIdParam) moduleId: string,
    @Query(new JoiValidationPipe(readQuery)) _query: object,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ModuleDetailView> {
    return { ...presentModule(await this.visible.module(moduleId, principal), true), position: this.readModels.position() };
  }
}
