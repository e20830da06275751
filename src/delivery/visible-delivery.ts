import { Inject, Injectable } from '@nestjs/common';
import type { DeliveryAwardDocument } from '../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import { type AwardFacts, OUTSOURCING_QUERIES, type OutsourcingQueries } from '../outsourcing/outsourcing.queries.js';
import { ReadModels } from '../platform/read-models.js';
import type { Principal } from '../shared/auth/principal.js';
import { notFound } from '../shared/domain/domain-error.js';
import { CaughtUpRead } from './caught-up-read.js';

/**
 * Finds awards and modules for the delivery routes and applies who-sees-what: a mandate holder asking
 * for another holder's award or module gets the same 404 as for one that does not exist.
 */
@Injectable()
export class VisibleDelivery {
  constructor(
    @Inject(OUTSOURCING_QUERIES) private readonly outsourcing: OutsourcingQueries,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CaughtUpRead) private readonly caughtUp: CaughtUpRead,
  ) {}

  /** With `asOf` (ISO timestamp), the award as it was then: one not granted yet is not found. */
  async award(awardId: string, principal: Principal, asOf: string | null = null): Promise<AwardFacts> {
    const award = asOf === null ? await this.caughtUp.read(() => this.awardOf(awardId, null)) : await this.awardOf(awardId, asOf);
    if (!award || !visibleTo(award.enterpriseNumber, principal)) throw notFound('AWARD_NOT_FOUND', `no award ${awardId}`);
    return award;
  }

  /** The award's call is known from the award's own delivery document: two lookups by id, however many calls there are. */
  private async awardOf(awardId: string, asOf: string | null): Promise<AwardFacts | null> {
    const delivery = await this.readModels.get<DeliveryAwardDocument>('delivery-awards', awardId);
    return delivery && this.outsourcing.award(delivery.outsourcingId, awardId, asOf);
  }

  async module(moduleId: string, principal: Principal): Promise<ModuleDocument> {
    const module = await this.caughtUp.read(() => this.readModels.get<ModuleDocument>('delivery-modules', moduleId));
    if (!module || !visibleTo(module.enterpriseNumber, principal)) throw notFound('MODULE_NOT_FOUND', `no module ${moduleId}`);
    return module;
  }
}

const visibleTo = (enterpriseNumber: string, principal: Principal) =>
  principal.role !== 'mandate-holder' || principal.org === enterpriseNumber;
